import sanitizeHtml from "sanitize-html";
import { escapeHtml } from "@/lib/articles/text";
import { reader } from "@/lib/strings/reader";
import { formatDateTime } from "@/lib/time";

// The full article for feed readers and portals (Naver reads `content:encoded`): the stored body
// (already sanitized when it was saved) through a second, stricter allowlist for a context we do
// not control, with every address made absolute, and the article's corrections on top.

/** A feed stays under this many bytes (Naver's limit is 10 MB); bodies beyond it are left out. */
export const FEED_MAX_BYTES = 10 * 1024 * 1024;
/** What the bodies may take of it: the rest of the feed (titles, links, excerpts) is small. */
export const FEED_CONTENT_BUDGET = 9 * 1024 * 1024;

export type FeedCorrection = { kind: "CORRECTION" | "REBUTTAL"; text: string; createdAt: Date };

function absolute(url: string, siteUrl: string): string | undefined {
  try {
    const resolved = new URL(url, `${siteUrl}/`);
    return resolved.protocol === "https:" || resolved.protocol === "http:" || resolved.protocol === "mailto:" ? resolved.toString() : undefined;
  } catch {
    return undefined;
  }
}

function options(siteUrl: string): sanitizeHtml.IOptions {
  return {
    allowedTags: ["p", "h2", "h3", "strong", "em", "u", "s", "a", "ul", "ol", "li", "blockquote", "br", "hr", "figure", "figcaption", "img"],
    allowedAttributes: { a: ["href"], img: ["src", "width", "height", "alt"] },
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: ["http", "https"] },
    allowProtocolRelative: false,
    disallowedTagsMode: "discard",
    selfClosing: ["img", "br", "hr"],
    nonTextTags: ["script", "style", "textarea", "noscript", "iframe", "object", "embed", "svg", "math", "template", "title", "select", "button"],
    transformTags: {
      a: (tagName, attribs) => {
        const href = attribs.href ? absolute(attribs.href, siteUrl) : undefined;
        const out: Record<string, string> = {};
        if (href) out.href = href;
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const src = attribs.src ? absolute(attribs.src, siteUrl) : undefined;
        const out: Record<string, string> = {};
        if (src) out.src = src;
        if (attribs.width && /^\d{1,5}$/.test(attribs.width)) out.width = attribs.width;
        if (attribs.height && /^\d{1,5}$/.test(attribs.height)) out.height = attribs.height;
        out.alt = attribs.alt ?? "";
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
  };
}

/** The article body for `content:encoded`: sanitized, absolute links and images, corrections first. */
export function feedContentHtml(bodyHtml: string, siteUrl: string, corrections: readonly FeedCorrection[] = []): string {
  const notes = corrections
    .map((c) => `<p>${escapeHtml(`${reader.correctionMark[c.kind]} ${c.text} (${formatDateTime(c.createdAt)})`)}</p>`)
    .join("");
  return notes + sanitizeHtml(bodyHtml, options(siteUrl));
}

/**
 * Keeps the bodies of the newest items while they fit `budget` bytes (UTF-8); later items keep
 * their excerpt only. A feed of fifty ordinary articles is far below it; fifty very long ones
 * with many photos could otherwise pass Naver's 10 MB.
 */
export function fitContentBudget<T extends { content?: string }>(items: readonly T[], budget = FEED_CONTENT_BUDGET): T[] {
  let used = 0;
  let full = false;
  return items.map((item) => {
    if (!item.content) return item;
    const size = Buffer.byteLength(item.content, "utf8");
    if (full || used + size > budget) {
      full = true;
      return { ...item, content: undefined };
    }
    used += size;
    return item;
  });
}
