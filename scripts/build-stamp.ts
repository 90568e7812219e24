import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// A build is current when the sources that go into it, and the settings baked into it, hash to
// what the last build recorded.
// proxy.ts and instrumentation.ts are built into the server too (they were missing here, so a
// change to either alone did not rebuild).
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];
const SKIP = new Set(["generated", "node_modules"]);
const STAMP = ".next/source-hash";
/** Settings read at build time (canonical URLs, the site's name in static pages, the build id). */
const BUILD_ENV = ["SITE_URL", "SITE_NAME", "SITE_TAGLINE", "SITE_CITY", "NEXT_DEPLOYMENT_ID"];

async function collect(root: string, rel: string, out: string[]): Promise<void> {
  const full = path.join(root, rel);
  if (!existsSync(full)) return;
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (entries === null) {
    out.push(rel);
    return;
  }
  for (const entry of entries) {
    if (SKIP.has(entry.name)) continue;
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) await collect(root, child, out);
    else out.push(child);
  }
}

/** Hash of the sources alone: the default deployment id of a local build. */
export async function sourceHash(root: string): Promise<string> {
  const files: string[] = [];
  for (const input of INPUTS) await collect(root, input, files);
  files.sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file);
    hash.update(await readFile(path.join(root, file)));
  }
  return hash.digest("hex");
}

async function buildHash(root: string, env: NodeJS.ProcessEnv): Promise<string> {
  const hash = createHash("sha256").update(await sourceHash(root));
  for (const name of BUILD_ENV) hash.update(`\n${name}=${env[name] ?? ""}`);
  return hash.digest("hex");
}

export async function buildIsCurrent(root: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  const stamp = path.join(root, STAMP);
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(stamp)) return false;
  return (await readFile(stamp, "utf8")).trim() === (await buildHash(root, env));
}

export async function recordBuild(root: string, env: NodeJS.ProcessEnv): Promise<void> {
  await writeFile(path.join(root, STAMP), await buildHash(root, env));
}
