import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { getStorage, type FileStorage } from "@/lib/storage";
import { processImage, type ProcessedImage } from "@/lib/images/process";

// Stores an uploaded photo: clean original + variants in the file storage, then one images row
// with its image_variants rows. Files first, rows second: a failed insert removes the files,
// so no row ever points at a missing file.

export type UploadedImage = { id: number; src: string; width: number; height: number; alt: string; caption: string | null };

const EXT = { jpeg: "jpg", png: "png", webp: "webp", avif: "avif" } as const;

function keyPrefix(now: Date): string {
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `images/${now.getUTCFullYear()}/${month}/${randomUUID()}`;
}

/** The `<img>` fallback: the largest JPEG up to 960 px wide (what the reader side also picks). */
export function fallbackVariant<T extends { format: string; width: number }>(variants: T[]): T | undefined {
  const jpegs = variants.filter((v) => v.format === "jpeg").sort((a, b) => a.width - b.width);
  return [...jpegs].reverse().find((v) => v.width <= 960) ?? jpegs[0];
}

export async function storeImage(
  processed: ProcessedImage,
  meta: { alt: string; caption: string | null; uploaderId: number | null },
  storage: FileStorage = getStorage(),
): Promise<UploadedImage> {
  const prefix = keyPrefix(new Date());
  const originalKey = `${prefix}/original.${EXT[processed.original.format]}`;
  const variants = processed.variants.map((v) => ({ ...v, key: `${prefix}/${v.width}.${EXT[v.format]}` }));
  const written: string[] = [];
  try {
    await storage.put(originalKey, processed.original.data, processed.original.mimeType);
    written.push(originalKey);
    for (const v of variants) {
      await storage.put(v.key, v.data, `image/${v.format}`);
      written.push(v.key);
    }
    const image = await prisma.$transaction(async (tx) => {
      const row = await tx.image.create({
        data: {
          originalKey,
          mimeType: processed.original.mimeType,
          width: processed.original.width,
          height: processed.original.height,
          bytes: processed.original.data.length,
          alt: meta.alt,
          caption: meta.caption,
          uploaderId: meta.uploaderId,
        },
      });
      await tx.imageVariant.createMany({
        data: variants.map((v) => ({ imageId: row.id, format: v.format, width: v.width, height: v.height, bytes: v.data.length, storageKey: v.key })),
      });
      return row;
    });
    const fallback = fallbackVariant(variants);
    return {
      id: image.id,
      src: storage.url(fallback?.key ?? originalKey),
      width: fallback?.width ?? processed.original.width,
      height: fallback?.height ?? processed.original.height,
      alt: image.alt,
      caption: image.caption,
    };
  } catch (error) {
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

/** Checks, converts and stores one upload. Throws ImageRejectedError for unacceptable files. */
export async function saveUploadedImage(data: Buffer, meta: { alt: string; caption: string | null; uploaderId: number | null }): Promise<UploadedImage> {
  return storeImage(await processImage(data), meta);
}
