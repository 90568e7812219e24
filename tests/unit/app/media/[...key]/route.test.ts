import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "media-route-test-"));
  process.env.STORAGE_DIR = path.join(dir, "media");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("GET /media/[...key]", () => {
  it("serves stored files with a long cache and the right type, 404 otherwise", async () => {
    await mkdir(path.join(dir, "media", "images"), { recursive: true });
    await writeFile(path.join(dir, "media", "images", "p.webp"), Buffer.from("RIFF"));
    const { GET } = await import("@/app/media/[...key]/route");
    const call = (key: string[]) => GET(new Request("http://x/media/" + key.join("/")), { params: Promise.resolve({ key }) });

    const ok = await call(["images", "p.webp"]);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/webp");
    expect(ok.headers.get("cache-control")).toContain("immutable");
    expect(await ok.text()).toBe("RIFF");

    expect((await call(["images", "missing.webp"])).status).toBe(404);
    expect((await call(["..", "..", "etc", "passwd"])).status).toBe(404);
    expect((await call(["images/../../x"])).status).toBe(404);
  });
});
