import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage, contentTypeForKey, isValidKey } from "@/lib/storage";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "storage-test-"));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("LocalDiskStorage", () => {
  it("puts, gets, deletes and maps keys to /media URLs", async () => {
    const storage = new LocalDiskStorage(path.join(dir, "a"));
    await storage.put("images/2026/x.webp", Buffer.from("data"), "image/webp");
    expect((await storage.get("images/2026/x.webp"))?.toString()).toBe("data");
    expect(storage.url("images/2026/x.webp")).toBe("/media/images/2026/x.webp");
    await storage.delete("images/2026/x.webp");
    expect(await storage.get("images/2026/x.webp")).toBeNull();
    expect(await storage.get("images/missing.jpg")).toBeNull();
  });

  it("rejects keys that could escape the root", async () => {
    for (const key of ["../x", "a/../../x", "/etc/passwd", "a//b", "a\\b", "", ".hidden", "a/..", "a/./b"]) {
      expect(isValidKey(key), key).toBe(false);
    }
    const storage = new LocalDiskStorage(path.join(dir, "b"));
    await expect(storage.put("../escape.txt", Buffer.from("x"), "text/plain")).rejects.toThrow();
    expect(await storage.get("../../etc/passwd")).toBeNull();
  });

  it("derives content types from the extension", () => {
    expect(contentTypeForKey("a/b.avif")).toBe("image/avif");
    expect(contentTypeForKey("a/b.JPG")).toBe("image/jpeg");
    expect(contentTypeForKey("a/b.svg")).toBe("application/octet-stream");
  });
});
