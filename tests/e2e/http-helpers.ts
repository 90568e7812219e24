// Raw HTTP for the security and hostile-input specs: what a browser would never send (bodies
// without Content-Length, lying lengths, foreign Host and Origin headers, bad percent escapes),
// so node:http directly instead of Playwright's request context, which normalizes those away.
import http from "node:http";
import { networkInterfaces } from "node:os";
import { readFileSync } from "node:fs";
import path from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
/** The checkout the server under test runs from (its .next and .data). */
export const SERVER_ROOT = process.env.E2E_SERVER_ROOT ?? process.cwd();

export type RawResponse = {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** Bytes of request body written before the response arrived (or in all). */
  sentBytes: number;
  /** Whether the whole body was written before the response arrived. */
  finishedSending: boolean;
  ms: number;
};

export type RawRequest = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the body as `count` chunks of `size` bytes (chunked encoding unless a length is given). */
  chunks?: { size: number; count: number; delayMs?: number; byte?: number };
  /** The address to connect to: 127.0.0.1 (a trusted proxy's address by default) or this machine's LAN address. */
  host?: string;
  port?: number;
  timeoutMs?: number;
};

/** This machine's first non-loopback IPv4 address: a peer the server does not trust as a proxy. */
export function lanAddress(): string {
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) if (entry.family === "IPv4" && !entry.internal) return entry.address;
  }
  throw new Error("no non-loopback IPv4 address on this machine");
}

export function raw(request: RawRequest): Promise<RawResponse> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let sentBytes = 0;
    let finishedSending = false;
    let answered = false;
    const req = http.request(
      {
        host: request.host ?? "127.0.0.1",
        port: request.port ?? E2E_PORT,
        method: request.method ?? "GET",
        path: request.path,
        // As a browser does: a client that says "Connection: close" gets the connection closed
        // right after the answer, and may then lose that answer to a reset while still sending.
        headers: { connection: "keep-alive", ...request.headers },
        agent: false,
        setHost: !Object.keys(request.headers ?? {}).some((name) => name.toLowerCase() === "host"),
      },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on("data", (chunk: Buffer) => parts.push(chunk));
        res.on("end", () => {
          req.destroy();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString("utf8"), sentBytes, finishedSending, ms: performance.now() - started });
        });
        res.on("error", reject);
      },
    );
    req.setTimeout(request.timeoutMs ?? 15_000, () => req.destroy(new Error(`no answer to ${request.method ?? "GET"} ${request.path} within ${request.timeoutMs ?? 15_000} ms`)));
    req.on("error", (error) => {
      // The server may close the socket while we still write a body it refused: the answer counts.
      if (!answered) reject(error);
    });
    const write = async () => {
      if (request.chunks) {
        const { size, count, delayMs = 0, byte = 0x61 } = request.chunks;
        const chunk = Buffer.alloc(size, byte);
        for (let i = 0; i < count && !answered && !req.destroyed; i++) {
          const flushed = req.write(chunk);
          sentBytes += size;
          if (!flushed) await new Promise((r) => req.once("drain", r));
          if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
        }
        finishedSending = !answered;
        if (!req.destroyed) req.end();
      } else {
        if (request.body !== undefined) sentBytes = Buffer.byteLength(request.body);
        req.end(request.body);
        finishedSending = true;
      }
    };
    write().catch(reject);
  });
}

/** The auth secret of the server under test (its DATA_DIR), to sign internal requests. */
export function serverSecret(): string {
  return readFileSync(path.join(process.env.E2E_DATA_DIR ?? path.join(SERVER_ROOT, ".data"), "auth-secret"), "utf8").trim();
}

export type ActionRef = { id: string; name: string; page: string };

/** Every server action of the build under test, with a page that serves it. */
export function serverActions(): ActionRef[] {
  const manifest = JSON.parse(readFileSync(path.join(SERVER_ROOT, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? "app/page";
    // "app/(editor)/editor/articles/new/page" → /editor/articles/new; dynamic segments get an id.
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[[^\]]+\]/g, "1");
    return { id, name: entry.exportedName ?? id, page: page || "/" };
  });
}

/** `Cookie:` header value from a Playwright storage state. */
export function cookieHeader(cookies: Array<{ name: string; value: string }>): string {
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
