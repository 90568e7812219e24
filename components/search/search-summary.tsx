import type { SearchQuery } from "@/lib/search/terms";
import { reader } from "@/lib/strings";

/** The line above results: the hint for unusable queries, or the match count. */
type Props = { query: SearchQuery; count: number; capped: boolean; timedOut?: boolean; busy?: boolean };

export function SearchSummary({ query, count, capped, timedOut = false, busy = false }: Props) {
  if (query.kind === "none") return <p className="my-4">{reader.searchPrompt}</p>;
  if (query.kind === "tooShort") return <p className="my-4" role="status">{reader.searchTooShort}</p>;
  if (query.kind === "tooLong") return <p className="my-4" role="status">{reader.searchTooLong}</p>;
  if (busy) return <p className="my-4" role="status">{reader.searchBusy}</p>;
  if (timedOut) return <p className="my-4" role="status">{reader.searchTimedOut}</p>;
  return (
    <p className="my-4" role="status">
      <strong>{reader.searchResultsFor(query.q)}</strong> {reader.searchCount(count, capped)}
      {count === 0 && <span className="block mt-2">{reader.searchEmpty}</span>}
    </p>
  );
}
