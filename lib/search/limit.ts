// At most `max` searches of this process hold a database connection at once; a few more may
// wait briefly for a turn, and the rest are told "busy" at once. Search is the one reader path
// whose cost depends on what anyone types, so it gets a small share of the pool and can never
// take the connections the article pages, the editor and sign-in need. Per process on purpose:
// the pool it protects is per process too.

export type Limiter = {
  /** fn's result, or `null` when no turn came within the wait (the caller answers "busy"). */
  run<T>(fn: () => Promise<T>): Promise<T | null>;
  readonly active: number;
  readonly waiting: number;
};

export function createLimiter(max: number, maxWaiting: number, maxWaitMs: number): Limiter {
  let active = 0;
  const queue: Array<(granted: boolean) => void> = [];

  function release(): void {
    const next = queue.shift();
    if (next) next(true);
    else active--;
  }

  function acquire(): Promise<boolean> {
    if (active < max) {
      active++;
      return Promise.resolve(true);
    }
    if (queue.length >= maxWaiting) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const grant = (granted: boolean) => {
        clearTimeout(timer);
        resolve(granted);
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(grant);
        if (at >= 0) queue.splice(at, 1);
        resolve(false);
      }, maxWaitMs);
      queue.push(grant);
    });
  }

  return {
    async run(fn) {
      if (!(await acquire())) return null;
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
