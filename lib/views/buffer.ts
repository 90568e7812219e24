// In-memory view counter between flushes. A hot article then costs one row update per flush
// instead of one per reader, so readers never queue on that row's lock. Pure: no I/O.

export type ViewBatch = {
  /** Per article: views to add to articles.view_count, ids ascending (a fixed lock order). */
  totals: { id: number; views: number }[];
  /** Per article and Seoul day, for article_daily_views. */
  daily: { id: number; day: string; views: number }[];
};

export class ViewBuffer {
  // Key `${id}|${day}`: one entry per article per day however many readers.
  private counts = new Map<string, number>();
  private perArticle = new Map<number, number>();

  add(id: number, day: string, views = 1): void {
    const key = `${id}|${day}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + views);
    this.perArticle.set(id, (this.perArticle.get(id) ?? 0) + views);
  }

  /** Views of `id` counted here and not yet handed to a flush. */
  pending(id: number): number {
    return this.perArticle.get(id) ?? 0;
  }

  get size(): number {
    return this.counts.size;
  }

  /** Takes everything counted so far (the buffer is empty afterwards). */
  drain(): ViewBatch {
    const counts = this.counts;
    this.counts = new Map();
    this.perArticle = new Map();
    return toBatch(counts);
  }

  /** Puts a batch back after a failed write, so the next flush retries it. */
  restore(batch: ViewBatch): void {
    for (const row of batch.daily) this.add(row.id, row.day, row.views);
  }
}

function toBatch(counts: Map<string, number>): ViewBatch {
  const totals = new Map<number, number>();
  const daily: ViewBatch["daily"] = [];
  for (const [key, views] of counts) {
    const sep = key.indexOf("|");
    const id = Number(key.slice(0, sep));
    daily.push({ id, day: key.slice(sep + 1), views });
    totals.set(id, (totals.get(id) ?? 0) + views);
  }
  daily.sort((a, b) => a.id - b.id || a.day.localeCompare(b.day));
  return {
    totals: [...totals].map(([id, views]) => ({ id, views })).sort((a, b) => a.id - b.id),
    daily,
  };
}

type ViewState = { buffer: ViewBuffer; flush?: () => Promise<void> };

// One buffer per process on globalThis: the route handler that counts, the pages that show
// counts and instrumentation's shutdown hook are separate bundles with their own module copies.
const globalForViews = globalThis as unknown as { __localNewsViews?: ViewState };

export function viewState(): ViewState {
  return (globalForViews.__localNewsViews ??= { buffer: new ViewBuffer() });
}

export function pendingViews(id: number): number {
  return viewState().buffer.pending(id);
}
