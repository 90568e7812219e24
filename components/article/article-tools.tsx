"use client";
import { useState } from "react";
import { FONT_SCALE_KEY, FONT_SCALE_PERCENT, parseFontScale, stepFontScale } from "@/lib/reading/font-scale";
import { shareLinks } from "@/lib/reading/share";
import { reader } from "@/lib/strings/reader";

const toolsText = reader.tools;
const button =
  "js-only inline-flex min-h-11 items-center rounded border border-gray-400 bg-white px-3 text-[15px] text-ink hover:border-brand hover:text-brand";
const link = "inline-flex min-h-11 items-center rounded px-2 text-[15px] text-brand underline-offset-4 hover:underline";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older browsers and non-secure origins: the selection-based fallback.
    const field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.append(field);
    field.select();
    const done = document.execCommand("copy");
    field.remove();
    return done;
  }
}

/**
 * Copy link, font size and share links. The buttons need JavaScript and are shown only when it
 * runs (`html.js`, set before paint); the share links are plain URLs and work without it.
 */
export function ArticleTools({ url, title }: { url: string; title: string }) {
  const [message, setMessage] = useState("");

  function changeFont(step: 1 | -1) {
    const root = document.documentElement;
    const level = stepFontScale(parseFontScale(root.getAttribute("data-font-scale")), step);
    if (level === 0) root.removeAttribute("data-font-scale");
    else root.setAttribute("data-font-scale", String(level));
    try {
      localStorage.setItem(FONT_SCALE_KEY, String(level));
    } catch {
      // Private mode: the size holds for this page only.
    }
    setMessage(toolsText.fontSize(FONT_SCALE_PERCENT[level] ?? 100));
  }

  async function copy() {
    setMessage((await copyText(url)) ? toolsText.copied : toolsText.copyFailed);
  }

  return (
    <div role="group" aria-label={toolsText.label} className="mt-3 flex flex-wrap items-center gap-2 print:hidden">
      <button type="button" onClick={copy} className={button}>
        {toolsText.copyLink}
      </button>
      <button type="button" onClick={() => changeFont(-1)} className={button}>
        {toolsText.smaller}
      </button>
      <button type="button" onClick={() => changeFont(1)} className={button}>
        {toolsText.larger}
      </button>
      <span className="ml-1 text-sm text-muted" aria-hidden="true">
        {toolsText.share}
      </span>
      {shareLinks(url, title).map((share) => (
        <a key={share.service} href={share.href} target="_blank" rel="noopener noreferrer" className={link}>
          {toolsText[share.service]}
          <span className="sr-only"> {toolsText.newWindow}</span>
        </a>
      ))}
      <p role="status" className="w-full text-sm text-muted">
        {message}
      </p>
    </div>
  );
}
