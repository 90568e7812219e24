import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

// The publisher logo of the JSON-LD (Google wants a wide logo, at most 600×60).
export async function GET() {
  const font = await readFile(path.join(process.cwd(), "assets/fonts/Pretendard-Bold.woff"));
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", background: "#ffffff", color: "#0b5cab", fontSize: 40, fontFamily: "Pretendard" }}>
        {site.name}
      </div>
    ),
    {
      width: 600,
      height: 60,
      fonts: [{ name: "Pretendard", data: font, weight: 700, style: "normal" }],
      headers: { "cache-control": "public, max-age=86400" },
    },
  );
}
