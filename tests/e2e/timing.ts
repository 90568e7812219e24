// How long a change takes to reach what readers fetch: the publish specs, directly and through
// the HTTP cache in front (tests/e2e/edge).
import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Milliseconds from `started` until every path's body satisfies `check`, asked again every
 * 25 ms (expect.poll); the test fails when that has not happened within `timeoutMs` from now.
 */
export async function msUntil(
  request: APIRequestContext,
  paths: readonly string[],
  check: (body: string) => boolean,
  started: number,
  timeoutMs = 5_000,
): Promise<number> {
  let polls = 0;
  await expect
    .poll(
      async () => {
        polls++;
        const bodies = await Promise.all(paths.map(async (path) => (await request.get(path)).text()));
        return bodies.every(check);
      },
      { message: `${paths.join(", ")} show the change`, timeout: Math.max(1, timeoutMs), intervals: [25] },
    )
    .toBe(true);
  const ms = Date.now() - started;
  console.log(`${paths.join(", ")}: ${ms} ms, ${polls} poll(s)`);
  return ms;
}
