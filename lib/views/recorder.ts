import "server-only";
import { prisma } from "@/lib/db";
import { viewState } from "@/lib/views/buffer";
import { writeViewBatch } from "@/lib/views/flush";

// Counted views wait in memory for at most this long; a crash loses at most this much.
const FLUSH_INTERVAL_MS = Number(process.env.VIEW_FLUSH_INTERVAL_MS ?? 2000);

let timer: NodeJS.Timeout | undefined;
let inFlight: Promise<void> | null = null;

/** Counts one view of article `id` on Seoul day `day` (written by the next flush). */
export function recordView(id: number, day: string): void {
  const state = viewState();
  state.buffer.add(id, day);
  state.flush ??= flushViews;
  timer ??= setInterval(() => void flushViews(), FLUSH_INTERVAL_MS).unref();
}

/** Writes everything buffered; on failure the counts go back into the buffer for the next try. */
export function flushViews(): Promise<void> {
  // Serialized: a shutdown flush waits for a periodic one already running, then takes the rest.
  const run = async () => {
    const { buffer } = viewState();
    if (buffer.size === 0) return;
    const batch = buffer.drain();
    try {
      await writeViewBatch(prisma, batch);
    } catch (error) {
      buffer.restore(batch);
      console.error("view count flush failed; will retry", error);
    }
  };
  const next = (inFlight ?? Promise.resolve()).then(run);
  inFlight = next.finally(() => {
    if (inFlight === next) inFlight = null;
  });
  return next;
}
