import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

export const OG_SIZE = { width: 1200, height: 630 } as const;

// Shipped in the repo (OFL): without a Hangul font satori draws every syllable as a box.
let fontData: Promise<Buffer> | undefined;
function font(): Promise<Buffer> {
  fontData ??= readFile(path.join(process.cwd(), "assets/fonts/Pretendard-Bold.woff"));
  return fontData;
}

// Rendering a card costs a few hundred ms of CPU on the event loop; link previews fetch the same
// few cards over and over, so the PNG bytes of recent cards are kept (about 30 kB each).
const recentCards = new Map<string, ArrayBuffer>();
const MAX_RECENT_CARDS = 100;

type Card = { kicker: string; title: string; footer?: string };

function pngResponse(bytes: ArrayBuffer): Response {
  return new Response(bytes, { headers: { "content-type": "image/png", "cache-control": "public, max-age=3600" } });
}

/** A 1200×630 share card: board or kicker, the title, the site's name. */
export async function renderOgCard(card: Card): Promise<Response> {
  const key = JSON.stringify([card.kicker, card.title, card.footer ?? ""]);
  const cached = recentCards.get(key);
  if (cached) return pngResponse(cached);
  const bytes = await drawCard(card, await font()).arrayBuffer();
  if (recentCards.size >= MAX_RECENT_CARDS) recentCards.delete(recentCards.keys().next().value as string);
  recentCards.set(key, bytes);
  return pngResponse(bytes);
}

function drawCard({ kicker, title, footer }: Card, fontData: Buffer): ImageResponse {
  const size = title.length > 60 ? 54 : title.length > 30 ? 64 : 76;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "64px 72px",
          background: "#ffffff",
          borderTop: "18px solid #0b5cab",
          fontFamily: "Pretendard",
          color: "#111827",
        }}
      >
        <div style={{ display: "flex", fontSize: 34, color: "#0b5cab" }}>{kicker}</div>
        <div style={{ display: "flex", fontSize: size, lineHeight: 1.25, letterSpacing: -1, wordBreak: "keep-all" }}>
          {title.length > 90 ? `${title.slice(0, 89)}…` : title}
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30, color: "#4b5563" }}>
          <span>{`${site.tagline} ${site.name}`}</span>
          <span>{footer ?? ""}</span>
        </div>
      </div>
    ),
    { ...OG_SIZE, fonts: [{ name: "Pretendard", data: fontData, weight: 700, style: "normal" }] },
  );
}
