// Debian's nginx run in the foreground with the repository's config (deploy/nginx), for the
// cluster and the tests. Installed from Debian when missing (as root), else a clear message.
import { spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { site } from "../../lib/site.ts";
import { common } from "../../lib/strings/common.ts";
import { spawnTied } from "./spawn.ts";
import { waitForHttp } from "./wait.ts";

export type NginxOptions = { root: string; runDir: string; port: number; upstreams: number[]; host?: string };

/** Debian's libnginx-mod-http-cache-purge: purging one cached page by its exact key. */
const PURGE_PREFIX = "/_purge";
const PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so";

export function purgeModuleAvailable(): boolean {
  if (existsSync(PURGE_MODULE)) return true;
  if (process.getuid?.() === 0 && existsSync(BINARY)) {
    console.log("▶ installing Debian's libnginx-mod-http-cache-purge");
    spawnSync("bash", ["-c", "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-cache-purge >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libnginx-mod-http-cache-purge >/dev/null)"], { stdio: "inherit" });
  }
  return existsSync(PURGE_MODULE);
}

/** Where the site's processes purge pages at this edge (null without the purge module). */
export function purgeUrl(port: number): string | null {
  return purgeModuleAvailable() ? `http://127.0.0.1:${port}${PURGE_PREFIX}` : null;
}
export type Nginx = { url: string; process: ChildProcess; stop: () => Promise<void> };

const BINARY = "/usr/sbin/nginx";

export function nginxBinary(): string {
  if (existsSync(BINARY)) return BINARY;
  if (process.getuid?.() === 0) {
    console.log("▶ installing Debian's nginx");
    spawnSync("bash", ["-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null"], { stdio: "inherit" });
    if (existsSync(BINARY)) return BINARY;
  }
  throw new Error("nginx is not installed. Install Debian's nginx (`apt-get install nginx`) and run this again.");
}

/** deploy/nginx/nginx.conf.template with this run's ports and directories. */
export async function renderNginxConfig(options: NginxOptions): Promise<string> {
  const template = await readFile(path.join(options.root, "deploy/nginx/nginx.conf.template"), "utf8");
  const values: Record<string, string> = {
    // nginx started as root would run its workers as `nobody`, who cannot write our run dir.
    USER_DIRECTIVE: process.getuid?.() === 0 ? "user root;" : "",
    RUN_DIR: options.runDir,
    LISTEN: `${options.host ?? "127.0.0.1"}:${options.port}`,
    UPSTREAM_SERVERS: options.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=2 fail_timeout=2s;`).join("\n"),
    ...(purgeModuleAvailable()
      ? {
          PURGE_MODULE: `load_module ${PURGE_MODULE};`,
          // Only the site's own processes (here: this machine) may purge.
          PURGE_LOCATION: [
            `    location ~ ^${PURGE_PREFIX}(/.*)$ {`,
            "      allow 127.0.0.1;",
            "      allow ::1;",
            "      deny all;",
            "      proxy_cache_purge pages $1$is_args$args;",
            "    }",
          ].join("\n"),
        }
      : { PURGE_MODULE: "", PURGE_LOCATION: "" }),
  };
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx/nginx.conf.template: unknown placeholder {{${name}}}`);
    return value;
  });
}

/** The page of the nginx 503 (deploy/nginx/nginx.conf.template), in the site's own words. */
export function unavailablePage(): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return (
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escape(common.unavailableTitle)} | ${escape(site.name)}</title>` +
    `<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.6}</style></head>` +
    `<body><main><h1>${escape(common.unavailableTitle)}</h1><p>${escape(common.unavailableBody)}</p></main></body></html>\n`
  );
}

export async function startNginx(options: NginxOptions): Promise<Nginx> {
  const binary = nginxBinary();
  await mkdir(options.runDir, { recursive: true });
  // A new run starts cold: copies from an earlier run may be of another build.
  await rm(path.join(options.runDir, "cache"), { recursive: true, force: true });
  await mkdir(path.join(options.runDir, "errors"), { recursive: true });
  await writeFile(path.join(options.runDir, "errors", "_unavailable.html"), unavailablePage());
  const conf = path.join(options.runDir, "nginx.conf");
  await writeFile(conf, await renderNginxConfig(options));
  const check = spawnSync(binary, ["-t", "-q", "-p", options.runDir, "-c", conf], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refused its config (${conf}):\n${check.stderr}`);
  const child = spawnTied(binary, ["-p", options.runDir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${url}/robots.txt`, 30_000, child);
  return {
    url,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        // QUIT: finish the requests in flight, then exit.
        child.kill("SIGQUIT");
      }),
  };
}
