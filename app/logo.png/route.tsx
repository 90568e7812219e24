import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { site } from "@/lib/site";

// The publisher logo of the JSON-LD (Google wants a wide logo, at most 600×60). Drawn once per
// process: it only changes with the site's name.
let logo: Promise<ArrayBuffer> | undefined;

async function draw(): Promise<ArrayBuffer> {
  const font = await readFile(path.join(process.cwd(), "assets/fonts/Pretendard-Bold.woff"));
  const image = new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", alignItems: "center", background: "#ffffff", color: "#0b5cab", fontSize: 40, fontFamily: "Pretendard" }}>
        {site.name}
      </div>
    ),
    { width: 600, height: 60, fonts: [{ name: "Pretendard", data: font, weight: 700, style: "normal" }] },
  );
  return image.arrayBuffer();
}

export async function GET(): Promise<Response> {
  logo ??= draw().catch((error: unknown) => {
    logo = undefined;
    throw error;
  });
  return new Response(await logo, { headers: { "content-type": "image/png", "cache-control": "public, max-age=86400" } });
}
