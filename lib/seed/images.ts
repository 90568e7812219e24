// Demo photos, drawn locally (SVG landscapes rendered by sharp; nothing is downloaded):
// a JPEG original plus AVIF/WebP/JPEG variants per width, written through FileStorage.
import sharp, { type OutputInfo } from "sharp";
import type { FileStorage } from "../storage/index.ts";
import { createRng, type Rng } from "./prng.ts";
import { SCENES } from "./word-pools.ts";

export const ORIGINAL_WIDTH = 1800;
export const ORIGINAL_HEIGHT = 1200;
export const VARIANT_WIDTHS = [480, 960, 1440] as const;
export const VARIANT_FORMATS = ["avif", "webp", "jpeg"] as const;

export type GeneratedVariant = { format: (typeof VARIANT_FORMATS)[number]; width: number; height: number; bytes: number; storageKey: string };
export type GeneratedImage = {
  index: number;
  originalKey: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  variants: GeneratedVariant[];
};

const PALETTES: readonly (readonly [string, string, string, string])[] = [
  ["#f6d365", "#fda085", "#5b6c8f", "#2d3a55"],
  ["#a1c4fd", "#c2e9fb", "#4f7d5a", "#2f4a36"],
  ["#ffecd2", "#fcb69f", "#7b5e57", "#3e2f2b"],
  ["#89f7fe", "#66a6ff", "#3c6e71", "#284b63"],
  ["#fbc2eb", "#a6c1ee", "#6b5b95", "#3b3054"],
  ["#fddb92", "#d1fdff", "#6a8d73", "#33463b"],
  ["#e0c3fc", "#8ec5fc", "#48607a", "#22303f"],
  ["#ff9a9e", "#fecfef", "#8d6e63", "#4e342e"],
];

function ridge(rng: Rng, baseY: number, amplitude: number): string {
  const w = ORIGINAL_WIDTH;
  const h = ORIGINAL_HEIGHT;
  let d = `M0 ${h} L0 ${baseY}`;
  const steps = rng.int(4, 7);
  for (let i = 1; i <= steps; i++) {
    const x = (w * i) / steps;
    const cx = x - w / steps / 2;
    const cy = baseY - amplitude * (0.3 + rng.next());
    d += ` Q${cx.toFixed(0)} ${cy.toFixed(0)} ${x.toFixed(0)} ${(baseY - amplitude * rng.next() * 0.4).toFixed(0)}`;
  }
  return `${d} L${w} ${h} Z`;
}

function skyline(rng: Rng, baseY: number, color: string, windowColor: string): string {
  let out = "";
  let x = rng.int(0, 60);
  while (x < ORIGINAL_WIDTH) {
    const bw = rng.int(60, 160);
    const bh = rng.int(80, 360);
    out += `<rect x="${x}" y="${baseY - bh}" width="${bw}" height="${bh + 400}" fill="${color}"/>`;
    for (let wy = baseY - bh + 20; wy < baseY - 20; wy += 34) {
      for (let wx = x + 12; wx < x + bw - 20; wx += 26) {
        if (rng.chance(0.35)) out += `<rect x="${wx}" y="${wy}" width="12" height="16" fill="${windowColor}" opacity="0.8"/>`;
      }
    }
    x += bw + rng.int(4, 30);
  }
  return out;
}

function sceneSvg(index: number, seed: number): string {
  const rng = createRng((seed * 31 + index * 7919) >>> 0);
  const [skyTop, skyBottom, hill, ground] = PALETTES[index % PALETTES.length] ?? PALETTES[0]!;
  const sunX = rng.int(200, ORIGINAL_WIDTH - 200);
  const sunY = rng.int(180, 520);
  const urban = index % 3 === 1;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ORIGINAL_WIDTH}" height="${ORIGINAL_HEIGHT}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient>
<radialGradient id="sun"><stop offset="0" stop-color="#fffbe6"/><stop offset="1" stop-color="#fffbe6" stop-opacity="0"/></radialGradient></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>
<circle cx="${sunX}" cy="${sunY}" r="${rng.int(140, 260)}" fill="url(#sun)"/>
<circle cx="${sunX}" cy="${sunY}" r="${rng.int(50, 90)}" fill="#fff8dc" opacity="0.9"/>
<path d="${ridge(rng, 700, 260)}" fill="${hill}" opacity="0.55"/>
<path d="${ridge(rng, 820, 200)}" fill="${hill}" opacity="0.85"/>
${urban ? skyline(rng, 1000, ground, skyTop) : `<path d="${ridge(rng, 960, 120)}" fill="${ground}"/>`}
<rect y="${urban ? 1000 : 1080}" width="100%" height="200" fill="${ground}"/>
</svg>`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** Key prefix of seed image `index` (0-based): `images/seed-<seed>/01/…`. */
export function seedImagePrefix(index: number, seed: number): string {
  return `images/seed-${seed}/${pad(index + 1)}`;
}

// Encoder settings favour speed: these are flat illustrations, and the first `npm start`
// waits for them (AVIF effort 0 is ~4x faster than the default at a similar size here).
async function encode(raw: { data: Buffer; info: OutputInfo }, width: number, height: number, format: GeneratedVariant["format"]): Promise<Buffer> {
  const img = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } }).resize(width, height);
  if (format === "avif") return img.avif({ quality: 50, effort: 0 }).toBuffer();
  if (format === "webp") return img.webp({ quality: 75, effort: 1 }).toBuffer();
  return img.jpeg({ quality: 80, progressive: true }).toBuffer();
}

async function renderOne(index: number, seed: number, storage: FileStorage, city: string): Promise<GeneratedImage> {
  const cached = await fromStorage(index, seed, storage, city);
  if (cached) return cached;
  const raw = await sharp(Buffer.from(sceneSvg(index, seed))).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const original = await encode(raw, ORIGINAL_WIDTH, ORIGINAL_HEIGHT, "jpeg");
  const prefix = seedImagePrefix(index, seed);
  const originalKey = `${prefix}/original.jpg`;
  await storage.put(originalKey, original, "image/jpeg");
  const variants: GeneratedVariant[] = [];
  for (const width of VARIANT_WIDTHS) {
    for (const format of VARIANT_FORMATS) {
      const height = Math.round((width * ORIGINAL_HEIGHT) / ORIGINAL_WIDTH);
      const data = await encode(raw, width, height, format);
      const storageKey = `${prefix}/${width}.${format === "jpeg" ? "jpg" : format}`;
      await storage.put(storageKey, data, `image/${format}`);
      variants.push({ format, width, height, bytes: data.byteLength, storageKey });
    }
  }
  return describe(index, city, originalKey, original.byteLength, variants);
}

/** What is known of seed image `index` before it is rendered: keys, size and texts. */
export function plannedImage(index: number, seed: number, city: string): { originalKey: string; bodyKey: string; bodyWidth: number; bodyHeight: number; alt: string; caption: string } {
  const [alt, caption] = SCENES[index % SCENES.length] ?? ["풍경 사진", "▲ 풍경"];
  const short = city.replace(/시$/, "");
  const prefix = seedImagePrefix(index, seed);
  return {
    originalKey: `${prefix}/original.jpg`,
    // Article bodies show the 960px JPEG; the reader side adds AVIF/WebP sources by image id.
    bodyKey: `${prefix}/960.jpg`,
    bodyWidth: 960,
    bodyHeight: Math.round((960 * ORIGINAL_HEIGHT) / ORIGINAL_WIDTH),
    alt: alt.replaceAll("한빛", short),
    caption: caption.replaceAll("한빛", short),
  };
}

function describe(index: number, city: string, originalKey: string, bytes: number, variants: GeneratedVariant[]): GeneratedImage {
  const [alt, caption] = SCENES[index % SCENES.length] ?? ["풍경 사진", "▲ 풍경"];
  const short = city.replace(/시$/, "");
  return {
    index,
    originalKey,
    mimeType: "image/jpeg",
    width: ORIGINAL_WIDTH,
    height: ORIGINAL_HEIGHT,
    bytes,
    alt: alt.replaceAll("한빛", short),
    caption: caption.replaceAll("한빛", short),
    variants,
  };
}

/** The same image from an earlier run (keys embed the seed, and rendering is deterministic). */
async function fromStorage(index: number, seed: number, storage: FileStorage, city: string): Promise<GeneratedImage | null> {
  const prefix = seedImagePrefix(index, seed);
  const originalKey = `${prefix}/original.jpg`;
  const original = await storage.get(originalKey);
  if (!original) return null;
  const variants: GeneratedVariant[] = [];
  for (const width of VARIANT_WIDTHS) {
    for (const format of VARIANT_FORMATS) {
      const storageKey = `${prefix}/${width}.${format === "jpeg" ? "jpg" : format}`;
      const data = await storage.get(storageKey);
      if (!data) return null;
      variants.push({ format, width, height: Math.round((width * ORIGINAL_HEIGHT) / ORIGINAL_WIDTH), bytes: data.byteLength, storageKey });
    }
  }
  return describe(index, city, originalKey, original.byteLength, variants);
}

/** Renders `count` demo photos and stores them; a few at a time to bound memory. */
export async function generateImages(storage: FileStorage, opts: { count: number; seed: number; city: string }): Promise<GeneratedImage[]> {
  const out: GeneratedImage[] = [];
  const concurrency = 2;
  for (let i = 0; i < opts.count; i += concurrency) {
    const batch = [];
    for (let j = i; j < Math.min(opts.count, i + concurrency); j++) batch.push(renderOne(j, opts.seed, storage, opts.city));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}
