import type { ChildProcess } from "node:child_process";

/**
 * One request's status and body, or a rejection after `timeoutMs`. The deadline is a plain
 * timer raced against the request, not `AbortSignal.timeout`: on Node 20 a fetch whose signal
 * nothing else references can lose it to the garbage collector and then never settle, which
 * once left `npm run bench` waiting forever for servers that were long up.
 */
export async function fetchWithDeadline(url: string, timeoutMs: number): Promise<{ status: number; body: string }> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`no answer from ${url} within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const request = (async () => {
    const response = await fetch(url, { signal: controller.signal });
    return { status: response.status, body: await response.text() };
  })();
  try {
    return await Promise.race([request, deadline]);
  } finally {
    clearTimeout(timer);
    request.catch(() => {}); // settles (aborted) after the race is decided
  }
}

/** Resolves once `url` answers (any status below 500), fails when `child` dies or time runs out. */
export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`the process behind ${url} exited (${child.exitCode ?? child.signalCode})`);
    try {
      if ((await fetchWithDeadline(url, 2_000)).status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
