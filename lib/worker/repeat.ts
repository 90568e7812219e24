// A job that runs again and again: each pass returns how long to sleep before the next one.
// Passes never overlap; wake() starts the next pass now (or right after the running one);
// a failed pass is logged and retried after a short pause; stop() waits for a running pass.

export type Job = { wake: () => void; stop: () => Promise<void> };

const RETRY_AFTER_ERROR_MS = 2_000;

export function repeat(name: string, log: (message: string) => void, pass: () => Promise<number>): Job {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const arm = (delay: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, delay);
  };

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = (async () => {
      let delay = RETRY_AFTER_ERROR_MS;
      try {
        again = false;
        delay = await pass();
      } catch (error) {
        log(`worker: ${name} failed: ${describeError(error)}`);
      } finally {
        running = null;
      }
      arm(again ? 0 : delay);
    })();
  }

  run();
  return {
    wake: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** A one-line reason, also for errors without a message (a refused connection is an AggregateError). */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  const inner = error instanceof AggregateError ? error.errors.find((e: unknown) => e instanceof Error && e.message) : null;
  const code = (error as NodeJS.ErrnoException).code;
  return (inner as Error | null)?.message ?? code ?? error.name;
}
