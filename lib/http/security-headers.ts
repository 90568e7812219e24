// Security headers, in two policies. No import aliases: next.config.ts loads this file.
//
// Reader pages are rendered once and served from the shared cache to everyone, so they cannot
// carry a per-request nonce (a nonce makes every page dynamic, which the site's speed rests on),
// and Next's inline bootstrap scripts differ per page, so they cannot be listed by hash either.
// Their policy therefore allows inline scripts but nothing from anywhere else: no injected
// <script src>, no plugins, no <base> hijack, no form posts elsewhere, no framing by other sites.
// What stops an injected inline script there is the sanitizer (lib/articles/sanitize.ts and
// its tests): article HTML is the only untrusted markup readers get.
//
// The editor area and /login, where sessions and every write live, are rendered per request
// anyway; there proxy.ts sets a strict policy with a fresh nonce per response and
// 'strict-dynamic' (Next puts the nonce on its own scripts): an injected script runs nowhere,
// inline or not, and nothing may frame these pages. The root layout's one inline script (the
// reader's font size, before first paint) is allowed there by its hash.
import { createHash } from "node:crypto";
import { FONT_SCALE_SCRIPT } from "../reading/font-scale";

const FONT_SCALE_SCRIPT_HASH = `'sha256-${createHash("sha256").update(FONT_SCALE_SCRIPT).digest("base64")}'`;

const COMMON = [
  "default-src 'self'",
  "img-src 'self' data: blob: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self'",
  "object-src 'none'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "form-action 'self'",
];

export const READER_CSP = [...COMMON, "script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'", "base-uri 'self'", "frame-ancestors 'self'"].join("; ");

export function editorCsp(nonce: string): string {
  return [
    ...COMMON,
    `script-src 'self' 'nonce-${nonce}' ${FONT_SCALE_SCRIPT_HASH} 'strict-dynamic'`,
    // Tiptap and Next set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** On every response. HSTS is the TLS proxy's to send (docs/SECURITY.md). */
export const COMMON_HEADERS: Array<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Reader pages and everything else outside the editor area and /login. */
export const READER_HEADERS: Array<{ key: string; value: string }> = [
  { key: "Content-Security-Policy", value: READER_CSP },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

/** Set by proxy.ts on the editor area and /login (with editorCsp). */
export const EDITOR_FRAME_HEADERS: Array<{ key: string; value: string }> = [{ key: "X-Frame-Options", value: "DENY" }];

/** next.config.ts `headers()` source of the paths that get READER_HEADERS. */
export const READER_PATHS = "/:path((?!editor(?:/|$)|login(?:/|$)).*)";
