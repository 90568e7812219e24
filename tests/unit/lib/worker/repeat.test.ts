import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { describeError, repeat } from "@/lib/worker/repeat";

// The worker's job loop on a fake clock: when passes run, that they never overlap, and what a
// failure, a wake-up and a stop do.

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

/** A pass whose runs are counted and which sleeps `delay` ms afterwards. */
function counted(delay = 1_000) {
  const pass = vi.fn(async () => delay);
  return pass;
}

describe("repeat", () => {
  it("runs a pass at once, then again after the delay the pass asked for", async () => {
    const pass = counted(1_000);
    const job = repeat("test", () => {}, pass);
    await vi.advanceTimersByTimeAsync(0);
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(pass).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(pass).toHaveBeenCalledTimes(2);
    await job.stop();
  });

  it("never overlaps passes: a wake during a pass runs the next one right after it", async () => {
    let running = 0;
    let overlapped = false;
    let release: () => void = () => {};
    const pass = vi.fn(async () => {
      running++;
      if (running > 1) overlapped = true;
      await new Promise<void>((resolve) => (release = resolve));
      running--;
      return 60_000;
    });
    const job = repeat("test", () => {}, pass);
    await vi.advanceTimersByTimeAsync(0);
    job.wake();
    job.wake();
    expect(pass).toHaveBeenCalledTimes(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    // The two wakes asked for one more pass, not two, and not in parallel.
    expect(pass).toHaveBeenCalledTimes(2);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(pass).toHaveBeenCalledTimes(2);
    expect(overlapped).toBe(false);
    await job.stop();
  });

  it("logs a failed pass with its reason and retries after a short pause", async () => {
    const log = vi.fn();
    let calls = 0;
    const job = repeat("views", log, async () => {
      calls++;
      if (calls === 1) throw new Error("connection refused");
      return 60_000;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toHaveBeenCalledWith("worker: views failed: connection refused");
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toBe(2);
    await job.stop();
  });

  it("stop() waits for the running pass and schedules nothing after it", async () => {
    let release: () => void = () => {};
    let finished = false;
    const pass = vi.fn(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      finished = true;
      return 0;
    });
    const job = repeat("test", () => {}, pass);
    await vi.advanceTimersByTimeAsync(0);
    const stopped = job.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
    job.wake();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(pass).toHaveBeenCalledTimes(1);
  });
});

describe("describeError", () => {
  it("gives a one-line reason, also for errors without a message", () => {
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError("plain")).toBe("plain");
    const refused = new AggregateError([new Error("connect ECONNREFUSED 127.0.0.1:5432")]);
    expect(describeError(refused)).toBe("connect ECONNREFUSED 127.0.0.1:5432");
    expect(describeError(Object.assign(new Error(""), { code: "ECONNRESET" }))).toBe("ECONNRESET");
    expect(describeError(new TypeError(""))).toBe("TypeError");
  });
});
