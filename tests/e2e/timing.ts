// How long a change takes to reach what readers fetch: the publish specs, directly and through
// the HTTP cache in front (tests/e2e/edge).
import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Milliseconds from `started` until every path's body satisfies `check`, asked again every
 * 25 ms (expect.poll); the test fails when that has not happened within `timeoutMs` from now.
 * Logs when each path first showed the change, and the edge's cache status of that answer,
 * so a slow run says which page held it back.
 */
export async function msUntil(
  request: APIRequestContext,
  paths: readonly string[],
  check: (body: string) => boolean,
  started: number,
  timeoutMs = 5_000,
): Promise<number> {
  let polls = 0;
  const arrived = new Map<string, string>();
  await expect
    .poll(
      async () => {
        polls++;
        const results = await Promise.all(
          paths.map(async (path) => {
            const response = await request.get(path);
            const ok = check(await response.text());
            if (ok && !arrived.has(path)) arrived.set(path, `${Date.now() - started} ms (${response.headers()["x-cache"] ?? "origin"})`);
            return ok;
          }),
        );
        return results.every(Boolean);
      },
      { message: `${paths.join(", ")} show the change`, timeout: Math.max(1, timeoutMs), intervals: [25] },
    )
    .toBe(true);
  const ms = Date.now() - started;
  console.log(`${ms} ms, ${polls} poll(s): ${[...arrived].map(([path, at]) => `${path} ${at}`).join(", ")}`);
  return ms;
}
