import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { ImageRejectedError, MAX_UPLOAD_BYTES, processImage, sniffImageType, variantWidths } from "@/lib/images/process";

// Crafted files against the upload checks: every rejection must be an ImageRejectedError with
// a Korean message and the right HTTP status, never a crash.

async function photo(width: number, height: number, format: "jpeg" | "png" = "jpeg"): Promise<Buffer> {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } });
  return format === "png" ? base.png().toBuffer() : base.jpeg({ quality: 85 }).toBuffer();
}

async function rejection(data: Buffer): Promise<ImageRejectedError> {
  try {
    await processImage(data);
  } catch (error) {
    if (error instanceof ImageRejectedError) return error;
    throw error;
  }
  throw new Error("expected the file to be rejected");
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A valid PNG header claiming width × height, with a tiny (bomb-like) compressed body. */
function bombPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(1024 * 1024))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("upload checks", () => {
  it("refuses a text file renamed .jpg", async () => {
    const error = await rejection(Buffer.from("이것은 사진이 아닙니다. just text pretending to be a .jpg\n"));
    expect(error.problem).toBe("notImage");
    expect(error.status).toBe(415);
    expect(error.message).toMatch(/사진 파일이 아닙니다/);
  });

  it("refuses HTML that starts with JPEG magic bytes", async () => {
    const html = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html><script>alert(1)</script></html>")]);
    const error = await rejection(html);
    expect(["corrupt", "notImage"]).toContain(error.problem);
  });

  it("refuses SVG, even with an XML prolog", async () => {
    const svg = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>');
    const error = await rejection(svg);
    expect(error.problem).toBe("svg");
    expect(error.message).toMatch(/SVG/);
  });

  it("refuses a truncated JPEG", async () => {
    const full = await photo(800, 600);
    const error = await rejection(full.subarray(0, Math.floor(full.length / 2)));
    expect(error.problem).toBe("corrupt");
    expect(error.status).toBe(400);
  });

  it("refuses a decompression bomb by its header, before decoding", async () => {
    const bomb = bombPng(50_000, 50_000);
    expect(bomb.length).toBeLessThan(20_000);
    const started = Date.now();
    const error = await rejection(bomb);
    expect(error.problem).toBe("tooManyPixels");
    expect(error.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses an oversized file with 413", async () => {
    const big = Buffer.concat([await photo(100, 100), Buffer.alloc(MAX_UPLOAD_BYTES)]);
    const error = await rejection(big);
    expect(error.problem).toBe("tooLarge");
    expect(error.status).toBe(413);
    expect(error.message).toMatch(/20MB/);
  });

  it("refuses an empty file", async () => {
    expect((await rejection(Buffer.alloc(0))).problem).toBe("empty");
  });

  it("neutralises a polyglot: a JPEG carrying trailing HTML and a ZIP", async () => {
    const payload = Buffer.concat([Buffer.from("<html><script>alert(document.cookie)</script></html>"), Buffer.from("PK\u0003\u0004evil.js")]);
    const polyglot = Buffer.concat([await photo(640, 480), payload]);
    expect(sniffImageType(polyglot)).toBe("jpeg");
    const result = await processImage(polyglot);
    for (const out of [result.original.data, ...result.variants.map((v) => v.data)]) {
      expect(out.includes(Buffer.from("<script"))).toBe(false);
      expect(out.includes(Buffer.from("PK\u0003\u0004"))).toBe(false);
    }
    expect(result.original.format).toBe("jpeg");
  });

  it("strips EXIF and GPS, applying the orientation first", async () => {
    const tagged = await sharp({ create: { width: 400, height: 200, channels: 3, background: "#888" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({ IFD0: { Make: "TestCam", Copyright: "nobody" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "37/1 33/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "126/1 58/1 0/1" } })
      .toBuffer();
    const before = await sharp(tagged).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const result = await processImage(tagged);
    for (const out of [result.original.data, ...result.variants.map((v) => v.data)]) {
      const meta = await sharp(out).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation ?? 1).toBe(1);
      expect(out.includes(Buffer.from("TestCam"))).toBe(false);
    }
    // Orientation 6 = rotate 90°: the stored pixels are upright, 200 × 400.
    expect([result.original.width, result.original.height]).toEqual([200, 400]);
  });

  it("makes AVIF, WebP and JPEG at 480/960/1440 without upscaling", async () => {
    const result = await processImage(await photo(2000, 1000, "png"));
    expect(result.original).toMatchObject({ format: "png", width: 2000, height: 1000 });
    const sizes = result.variants.map((v) => `${v.format}:${v.width}x${v.height}`).sort();
    expect(sizes).toEqual(
      ["avif:1440x720", "avif:480x240", "avif:960x480", "jpeg:1440x720", "jpeg:480x240", "jpeg:960x480", "webp:1440x720", "webp:480x240", "webp:960x480"].sort(),
    );
    for (const v of result.variants) expect((await sharp(v.data).metadata()).format).toBe(v.format === "avif" ? "heif" : v.format);

    const small = await processImage(await photo(700, 350));
    expect([...new Set(small.variants.map((v) => v.width))]).toEqual([480]);
    expect(variantWidths(300)).toEqual([300]);
  });
});
