// Where uploaded and generated files live. Everything goes through FileStorage so an
// S3-compatible store can replace the local disk without touching callers.
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "../env.ts";

export interface FileStorage {
  /** Stores (or replaces) `data` under `key`. */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such key (or the key is invalid). */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /** The public URL the site serves the file at. */
  url(key: string): string;
}

const KEY_SEGMENT_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Keys are relative paths of safe segments (`images/2024/abc.webp`): no `..`, no leading `/`,
 * no backslashes or empty segments, so a key can never escape the storage root.
 */
export function isValidKey(key: string): boolean {
  if (key.length === 0 || key.length > 200) return false;
  return key.split("/").every((segment) => KEY_SEGMENT_RE.test(segment) && !segment.includes(".."));
}

function assertKey(key: string): void {
  if (!isValidKey(key)) throw new Error(`Invalid storage key: ${JSON.stringify(key)}`);
}

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  json: "application/json",
  txt: "text/plain; charset=utf-8",
  pdf: "application/pdf",
};

/** Content type by the key's extension (the local disk keeps no metadata). */
export function contentTypeForKey(key: string): string {
  const ext = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}

export const MEDIA_URL_PREFIX = "/media/";

export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private filePath(key: string): string {
    assertKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  // The content type is not stored: the local disk derives it from the key's extension.
  async put(key: string, data: Buffer, _contentType?: string): Promise<void> {
    const target = this.filePath(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Write then rename: a reader never sees a half-written file.
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    await writeFile(temp, data);
    await rename(temp, target);
  }

  async get(key: string): Promise<Buffer | null> {
    if (!isValidKey(key)) return null;
    try {
      return await readFile(this.filePath(key));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EISDIR" || code === "ENOTDIR") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.filePath(key), { force: true });
  }

  url(key: string): string {
    assertKey(key);
    return MEDIA_URL_PREFIX + key;
  }
}

export function defaultStorageDir(): string {
  // Chosen at run time: the bundler must not trace (and copy) whatever this could point at.
  return path.resolve(/*turbopackIgnore: true*/ env().STORAGE_DIR);
}

let shared: FileStorage | undefined;

/** The process-wide storage: local disk under STORAGE_DIR (default `.data/uploads`). */
export function getStorage(): FileStorage {
  shared ??= new LocalDiskStorage(defaultStorageDir());
  return shared;
}
