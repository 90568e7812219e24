import { formatDate } from "@/lib/time";

/** A publication date as readers see it (`2026.11.30`), machine-readable in `dateTime`. */
export function ArticleDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} className={className}>
      {formatDate(date)}
    </time>
  );
}

/** The small line under a listed article: its board (where the list mixes boards) and date. */
export function ArticleMeta({ date, boardName }: { date: Date; boardName?: string }) {
  return (
    <p className="mt-1 text-sm text-muted">
      {boardName !== undefined && <>{boardName} · </>}
      <ArticleDate date={date} />
    </p>
  );
}
