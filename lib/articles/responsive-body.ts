import type { PictureView } from "@/lib/articles/queries";
import { escapeHtml } from "@/lib/articles/text";

/** The `sizes` of article photos: full width on phones, the text column (720px) above. */
export const ARTICLE_IMAGE_SIZES = "(max-width: 768px) 100vw, 720px";

const IMG_WITH_ID_RE = /<img\b[^>]*?\bdata-image-id="(\d{1,9})"[^>]*>/g;

function sourcesHtml(picture: PictureView): string {
  return picture.sources
    .map((s) => `<source type="${escapeHtml(s.type)}" srcset="${escapeHtml(s.srcSet)}" sizes="${ARTICLE_IMAGE_SIZES}">`)
    .join("");
}

function withSize(img: string, picture: PictureView): string {
  let out = img;
  if (!/\bwidth="/.test(out)) out = out.replace(/^<img\b/, `<img width="${picture.width}"`);
  if (!/\bheight="/.test(out)) out = out.replace(/^<img\b/, `<img height="${picture.height}"`);
  if (!/\bdecoding="/.test(out)) out = out.replace(/^<img\b/, '<img decoding="async"');
  return out;
}

/**
 * Wraps each uploaded photo of a (sanitized) body in `<picture>` with AVIF/WebP sources made
 * by sharp. The original `<img>` stays as the fallback, keeping its alt text; width/height are
 * added when missing so the page does not shift while photos load.
 */
export function responsiveBodyHtml(html: string, images: Record<number, PictureView>, opts: { eagerFirst?: boolean } = {}): string {
  let first = true;
  return html.replace(IMG_WITH_ID_RE, (img, rawId: string) => {
    let tag = img;
    // The first photo of a body without a lead photo is the page's largest paint: load it now.
    if (first && opts.eagerFirst) tag = tag.replace(/\sloading="lazy"/, "").replace(/^<img\b/, '<img fetchpriority="high"');
    first = false;
    const picture = images[Number(rawId)];
    if (!picture || picture.sources.length === 0) return tag;
    return `<picture>${sourcesHtml(picture)}${withSize(tag, picture)}</picture>`;
  });
}
