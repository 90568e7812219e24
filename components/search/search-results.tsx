import type { SearchHit } from "@/lib/search/queries";
import { formatDate } from "@/lib/time";

export function SearchResults({ hits, showBoard = true }: { hits: SearchHit[]; showBoard?: boolean }) {
  return (
    <ol className="divide-y divide-gray-200">
      {hits.map((hit) => (
        <li key={hit.id} className="py-3">
          <h2 className="text-[17px] font-semibold leading-snug">
            <a href={`/article/${hit.id}`} className="text-ink hover:text-brand hover:underline">
              {hit.title}
            </a>
          </h2>
          {hit.excerpt && <p className="mt-1 line-clamp-3 text-[15px] text-muted">{hit.excerpt}</p>}
          <p className="mt-1 text-sm text-muted">
            {showBoard && <>{hit.boardName} · </>}
            <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
