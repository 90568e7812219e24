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

/** A 1200×630 share card: board or kicker, the title, the site's name. */
export async function renderOgCard({ kicker, title, footer }: { kicker: string; title: string; footer?: string }) {
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
    { ...OG_SIZE, fonts: [{ name: "Pretendard", data: await font(), weight: 700, style: "normal" }] },
  );
}
