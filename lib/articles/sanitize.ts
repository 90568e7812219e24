// The one gate between what an editor submits and what a reader's browser runs. The allowlist
// is what our editor produces (Tiptap's paragraphs, headings, marks, lists, quotes, links and
// our image figures); everything else is dropped. Pure, so the unit tests cover it directly.
// Titles are plain text, never HTML: see normalizeTitle in lib/validations/article.ts.
import sanitizeHtml from "sanitize-html";

/** Where an image may come from: our own media route, or any https URL. */
const MEDIA_SRC_RE = /^\/media\/[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const HTTPS_SRC_RE = /^https:\/\/[^\s"'<>\\]+$/i;
const SIZES_RE = /^[0-9a-z()\s,.:%+-]+$/i;
const SOURCE_TYPES = new Set(["image/avif", "image/webp", "image/jpeg", "image/png"]);

function safeImageUrl(url: string): boolean {
  if (url.includes("..")) return false;
  return MEDIA_SRC_RE.test(url) || HTTPS_SRC_RE.test(url);
}

/** `a.avif 480w, b.avif 960w`: kept only when every candidate is a safe image URL. */
function safeSrcset(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const candidates = value.split(",").map((part) => part.trim()).filter(Boolean);
  if (candidates.length === 0 || candidates.length > 12) return undefined;
  const out: string[] = [];
  for (const candidate of candidates) {
    const [url, descriptor, ...rest] = candidate.split(/\s+/);
    if (!url || rest.length > 0 || !safeImageUrl(url)) return undefined;
    if (descriptor !== undefined && !/^\d+(?:w|(?:\.\d+)?x)$/.test(descriptor)) return undefined;
    out.push(descriptor ? `${url} ${descriptor}` : url);
  }
  return out.join(", ");
}

function positiveInt(value: string | undefined): string | undefined {
  if (!value || !/^\d{1,5}$/.test(value)) return undefined;
  return Number(value) > 0 ? String(Number(value)) : undefined;
}

function compact(attribs: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attribs)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    "p", "h2", "h3", "strong", "em", "u", "s", "a", "ul", "ol", "li", "blockquote", "br", "hr",
    "figure", "figcaption", "picture", "source", "img",
  ],
  allowedAttributes: {
    a: ["href", "rel"],
    // data-image-id ties a photo to its images row: the reader side adds AVIF/WebP sources by it.
    img: ["src", "srcset", "sizes", "width", "height", "alt", "loading", "data-image-id"],
    source: ["srcset", "type", "sizes"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"], source: ["https"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "srcset"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  selfClosing: ["img", "br", "hr", "source"],
  // Dropped together with their content, not just unwrapped.
  nonTextTags: [
    "script", "style", "textarea", "option", "noscript", "iframe", "frame", "frameset", "object", "embed",
    "svg", "math", "template", "title", "xmp", "noembed", "noframes", "plaintext", "select", "button",
  ],
  transformTags: {
    h1: "h2",
    h4: "h3",
    h5: "h3",
    h6: "h3",
    b: "strong",
    i: "em",
    strike: "s",
    del: "s",
    a: (tagName, attribs) => {
      const href = (attribs.href ?? "").trim();
      // Absolute http(s) links leave the site: no referrer-window access, no endorsement.
      const external = /^https?:/i.test(href);
      return { tagName, attribs: compact({ href, rel: external ? "noopener nofollow" : undefined }) };
    },
    img: (tagName, attribs) => {
      const src = (attribs.src ?? "").trim();
      const loading = attribs.loading === "eager" ? "eager" : "lazy";
      return {
        tagName,
        attribs: compact({
          src: safeImageUrl(src) ? src : undefined,
          srcset: safeSrcset(attribs.srcset),
          sizes: attribs.sizes && SIZES_RE.test(attribs.sizes) ? attribs.sizes : undefined,
          width: positiveInt(attribs.width),
          height: positiveInt(attribs.height),
          alt: attribs.alt ?? "",
          loading,
          "data-image-id": positiveInt(attribs["data-image-id"]),
        }),
      };
    },
    source: (tagName, attribs) => ({
      tagName,
      attribs: compact({
        srcset: safeSrcset(attribs.srcset),
        type: attribs.type && SOURCE_TYPES.has(attribs.type) ? attribs.type : undefined,
        sizes: attribs.sizes && SIZES_RE.test(attribs.sizes) ? attribs.sizes : undefined,
      }),
    }),
  },
  // An image without a usable source, or a <source> without a srcset, is just noise.
  exclusiveFilter: (frame) =>
    (frame.tag === "img" && !frame.attribs.src) || (frame.tag === "source" && !frame.attribs.srcset),
};

/** Sanitized article HTML: safe to render with dangerouslySetInnerHTML. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS)
    .replace(/<p>(?:\s|&nbsp;|<br \/>)*<\/p>\s*$/g, "")
    .trim();
}
