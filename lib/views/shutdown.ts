// Flush buffered view counts when the server is asked to stop. Kept free of database imports:
// it runs from instrumentation, and reaches the flusher the counting code left on globalThis.
import { viewState } from "@/lib/views/buffer";

const MAX_WAIT_MS = 5_000;

export function installViewFlushOnShutdown(): void {
  const g = globalThis as unknown as { __localNewsViewShutdown?: boolean };
  if (g.__localNewsViewShutdown) return;
  g.__localNewsViewShutdown = true;

  let flushing: Promise<void> | null = null;
  const flush = (): Promise<void> => {
    const state = viewState();
    if (!state.flush || state.buffer.size === 0) return Promise.resolve();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, MAX_WAIT_MS).unref());
    return Promise.race([state.flush().catch(() => {}), timeout]);
  };
  // Prepended: the flush must be under way before any other handler (Next's) decides to exit.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.prependListener(signal, () => {
      flushing ??= flush();
    });
  }
  // `next start` exits as soon as its HTTP server has closed, which can beat an async write.
  // Hold that exit until the flush has finished (bounded by MAX_WAIT_MS).
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    if (!flushing) return exit(code);
    void flushing.finally(() => exit(code));
    return undefined as never;
  }) as typeof process.exit;
}
