// Checks and converts an uploaded photo. Pure with respect to storage and database: bytes in,
// a clean original and its responsive variants out (or a typed rejection). Nothing of the
// uploaded file survives but its decoded pixels: re-encoding drops EXIF/GPS and any payload
// appended to or hidden in the file (polyglots).
import sharp from "sharp";
import type { Metadata, OutputInfo } from "sharp";
import { editor } from "@/lib/strings/editor";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Decompression-bomb guard: sharp refuses to decode more pixels than this. */
export const MAX_INPUT_PIXELS = 40_000_000;
export const MAX_DIMENSION = 12_000;
export const MIN_DIMENSION = 16;
export const VARIANT_WIDTHS = [480, 960, 1440] as const;
export const VARIANT_FORMATS = ["avif", "webp", "jpeg"] as const;
export type VariantFormat = (typeof VARIANT_FORMATS)[number];

export type ImageProblem = "empty" | "tooLarge" | "notImage" | "svg" | "unsupported" | "tooManyPixels" | "tooSmall" | "corrupt";

const messages = editor.image.errors;

export class ImageRejectedError extends Error {
  constructor(
    readonly problem: ImageProblem,
    readonly status: 400 | 413 | 415,
  ) {
    super(messages[problem]);
    this.name = "ImageRejectedError";
  }
}

type Sniffed = "jpeg" | "png" | "gif" | "webp" | "heif";

/** The container by its magic bytes; SVG/HTML/XML and anything else are not photos. */
export function sniffImageType(data: Buffer): Sniffed | "svg" | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "jpeg";
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (data.length >= 6 && /^GIF8[79]a$/.test(data.subarray(0, 6).toString("latin1"))) return "gif";
  if (data.length >= 12 && data.subarray(0, 4).toString("latin1") === "RIFF" && data.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  if (data.length >= 12 && data.subarray(4, 8).toString("latin1") === "ftyp" && /^(avif|avis|heic|heix|mif1|msf1)$/.test(data.subarray(8, 12).toString("latin1"))) {
    return "heif";
  }
  const head = data.subarray(0, 512).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("<svg") || (head.startsWith("<?xml") && head.includes("<svg")) || head.includes("<svg")) return "svg";
  return null;
}

export type ProcessedVariant = { format: VariantFormat; width: number; height: number; data: Buffer };
export type ProcessedImage = {
  original: { data: Buffer; format: "jpeg" | "png" | "webp"; mimeType: string; width: number; height: number };
  variants: ProcessedVariant[];
};

const SHARP_INPUT = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "warning" as const, sequentialRead: true };

/** The widths to make for an image `width` px wide: never upscaled; tiny images get one size. */
export function variantWidths(width: number): number[] {
  const widths = VARIANT_WIDTHS.filter((w) => w <= width);
  return widths.length > 0 ? [...widths] : [width];
}

export async function processImage(input: Buffer): Promise<ProcessedImage> {
  if (input.length === 0) throw new ImageRejectedError("empty", 400);
  if (input.length > MAX_UPLOAD_BYTES) throw new ImageRejectedError("tooLarge", 413);
  const sniffed = sniffImageType(input);
  if (sniffed === "svg") throw new ImageRejectedError("svg", 415);
  if (!sniffed) throw new ImageRejectedError("notImage", 415);

  // Header only: dimensions are known before a single pixel is decoded.
  let meta: Metadata;
  try {
    // No pixel limit here: metadata() reads only the header, and we want to say "too big"
    // (413) rather than "damaged" for a bomb.
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError("corrupt", 400);
  }
  if (!meta.format || !["jpeg", "png", "gif", "webp", "heif"].includes(meta.format)) throw new ImageRejectedError("unsupported", 415);
  const width = meta.autoOrient?.width ?? meta.width ?? 0;
  const height = meta.autoOrient?.height ?? meta.height ?? 0;
  if (width > MAX_DIMENSION || height > MAX_DIMENSION || width * height > MAX_INPUT_PIXELS) throw new ImageRejectedError("tooManyPixels", 413);
  if (width < MIN_DIMENSION || height < MIN_DIMENSION) throw new ImageRejectedError("tooSmall", 400);

  // Full decode (a truncated or damaged file fails here), orientation applied, re-encoded
  // without metadata: this clean copy is the kept original and the source of every variant.
  const format: "jpeg" | "png" | "webp" = meta.format === "png" || meta.format === "gif" ? "png" : meta.format === "webp" ? "webp" : "jpeg";
  let original: { data: Buffer; info: OutputInfo };
  try {
    const pipeline = sharp(input, { ...SHARP_INPUT, animated: false }).rotate();
    const encoded =
      format === "png" ? pipeline.png({ compressionLevel: 8 }) : format === "webp" ? pipeline.webp({ quality: 92 }) : pipeline.jpeg({ quality: 92, mozjpeg: true });
    original = await encoded.toBuffer({ resolveWithObject: true });
  } catch {
    throw new ImageRejectedError("corrupt", 400);
  }

  const variants: ProcessedVariant[] = [];
  for (const w of variantWidths(original.info.width)) {
    const resized = sharp(original.data).resize({ width: w, withoutEnlargement: true });
    for (const f of VARIANT_FORMATS) {
      const out = f === "avif" ? resized.clone().avif({ quality: 50, effort: 2 }) : f === "webp" ? resized.clone().webp({ quality: 76 }) : resized.clone().jpeg({ quality: 80, mozjpeg: true });
      const { data, info } = await out.toBuffer({ resolveWithObject: true });
      variants.push({ format: f, width: info.width, height: info.height, data });
    }
  }
  return {
    original: { data: original.data, format, mimeType: `image/${format}`, width: original.info.width, height: original.info.height },
    variants,
  };
}
