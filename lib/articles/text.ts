// Plain text and excerpts derived from an article's sanitized HTML body. Pure functions, shared
// by the seed, the publishing code and imports, so every path stores the same bodyText/excerpt.

const BLOCK_END_RE =
  /<\/(?:p|div|h[1-6]|li|ul|ol|blockquote|figcaption|figure|pre|table|tr|section|article|header|footer)\s*>|<br\s*\/?>|<hr\s*\/?>/gi;
const DROP_WHOLE_RE = /<(script|style|template|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT_RE = /<!--[\s\S]*?-->/g;
const TAG_RE = /<\/?[a-zA-Z][^>]*>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  middot: "·",
  hellip: "…",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  ndash: "–",
  mdash: "—",
  copy: "©",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Escapes for an attribute value (or text). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Escapes for a text node: `&`, `<`, `>` only, as the article sanitizer writes text. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The readable text of an HTML body: one line per block (paragraph, caption, list item,
 * quote), whitespace inside a line collapsed, no empty lines. Script/style content is dropped.
 */
export function htmlToText(html: string): string {
  const flat = html
    .replace(COMMENT_RE, "")
    .replace(DROP_WHOLE_RE, "")
    .replace(BLOCK_END_RE, "\n")
    .replace(TAG_RE, "");
  return decodeEntities(flat)
    .split("\n")
    .map((line) => line.replace(/[\s\u00a0\u3000]+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n");
}

/**
 * At most `max` characters (code points) of `text` on one line; when cut, the cut falls on a
 * word boundary (unless the last one is too far back) and "…" is appended, so the result is at
 * most max + 1 characters long.
 */
export function makeExcerpt(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  // 2·max+2 UTF-16 units hold at least max+1 code points unless they are the whole text.
  const chars = Array.from(flat.slice(0, 2 * max + 2));
  if (chars.length <= max) return flat;
  let cut = max;
  // A space at `max` means the word before it ends exactly at the limit.
  if (chars[max] !== " ") {
    let i = max;
    while (i > 0 && chars[i - 1] !== " ") i--;
    // A single very long "word" (URL, no spaces): cut inside it rather than drop most of the text.
    if (i > max * 0.6) cut = i - 1;
  }
  const head = chars.slice(0, cut).join("").replace(/[\s,.·、，]+$/u, "");
  return `${head}…`;
}
