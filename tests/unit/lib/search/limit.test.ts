import { describe, expect, it } from "vitest";
import { createLimiter } from "@/lib/search/limit";

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("search limiter", () => {
  it("runs at most `max` at once, queues a few, refuses the rest at once", async () => {
    const limiter = createLimiter(2, 1, 5_000);
    const gate = deferred();
    const running = [limiter.run(() => gate.promise.then(() => "a")), limiter.run(() => gate.promise.then(() => "b"))];
    const queued = limiter.run(async () => "c");
    const refused = await limiter.run(async () => "d");
    expect(refused).toBeNull();
    expect(limiter.active).toBe(2);
    expect(limiter.waiting).toBe(1);
    gate.resolve();
    expect(await Promise.all([...running, queued])).toEqual(["a", "b", "c"]);
    expect(limiter.active).toBe(0);
  });

  it("gives up on a turn that does not come in time, and frees the slot after a failure", async () => {
    const limiter = createLimiter(1, 4, 20);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    expect(await limiter.run(async () => "late")).toBeNull();
    gate.resolve();
    await first;
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "ok")).toBe("ok");
    expect(limiter.active).toBe(0);
  });
});
