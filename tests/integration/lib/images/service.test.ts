import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

import { createTestPool, truncateAll } from "../../../setup/db";

const pool = createTestPool();
const { storeImage } = await import("@/lib/images/service");
const { processImage } = await import("@/lib/images/process");
const { LocalDiskStorage } = await import("@/lib/storage");
const { prisma } = await import("@/lib/db");

const dir = await mkdtemp(path.join(tmpdir(), "ln-images-"));
const storage = new LocalDiskStorage(dir);

beforeEach(async () => {
  await truncateAll(pool);
});

afterAll(async () => {
  await pool.end();
  await prisma.$disconnect();
  await rm(dir, { recursive: true, force: true });
});

describe("storeImage", () => {
  it("stores the clean original and every variant, with matching rows", async () => {
    const input = await sharp({ create: { width: 1600, height: 900, channels: 3, background: "#246" } }).jpeg().toBuffer();
    const uploaded = await storeImage(await processImage(input), { alt: "시청 전경", caption: "맑은 날의 시청", uploaderId: null }, storage);

    expect(uploaded).toMatchObject({ alt: "시청 전경", caption: "맑은 날의 시청", width: 960, height: 540 });
    expect(uploaded.src).toMatch(/^\/media\/images\/\d{4}\/\d{2}\/[0-9a-f-]+\/960\.jpg$/);

    const image = await prisma.image.findUniqueOrThrow({ where: { id: uploaded.id }, include: { variants: true } });
    expect(image).toMatchObject({ width: 1600, height: 900, mimeType: "image/jpeg" });
    expect(image.variants).toHaveLength(9);
    for (const key of [image.originalKey, ...image.variants.map((v) => v.storageKey)]) {
      const stored = await storage.get(key);
      expect(stored, key).not.toBeNull();
    }
    const variant = image.variants.find((v) => v.format === "webp" && v.width === 1440);
    const meta = await sharp((await storage.get(variant!.storageKey))!).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["webp", 1440, 810]);
  });
});
