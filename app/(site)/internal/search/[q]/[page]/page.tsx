import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchSummary } from "@/components/search/search-summary";
import { keepOutOfCache } from "@/lib/cache/no-store";
import { parsePageParam } from "@/lib/pagination";
import { lastSearchPage, parseSearchQuery, type SearchQuery } from "@/lib/search/terms";
import { searchArticles, type SearchResult } from "@/lib/search/queries";
import { queryFromSegment } from "@/lib/search/segment";
import { searchHref } from "@/lib/search/href";
import { searchMetadata } from "@/lib/seo/lists";
import { reader } from "@/lib/strings";

// `/search?q=…&page=N`, rewritten here by the proxy with the term in the path: each query's
// page is cached briefly (a minute), so a popular search costs one render a minute.
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ q: string; page: string }[]> {
  return [];
}

const PAGE_SIZE = 15;

type Props = { params: Promise<{ q: string; page: string }> };

async function input(params: Props["params"]): Promise<{ query: SearchQuery; page: number }> {
  const { q, page } = await params;
  const raw = queryFromSegment(q);
  const parsed = parsePageParam(page);
  if (raw === null || !parsed.ok) notFound();
  return { query: parseSearchQuery(raw), page: parsed.page };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { query, page } = await input(params);
  return searchMetadata(query.kind === "none" ? "" : query.q, page);
}

export default async function SearchResultsPage({ params }: Props) {
  const { query, page } = await input(params);
  let result: SearchResult = { hits: [], count: 0, capped: false, cap: 0 };
  if (query.kind === "ok") {
    result = await searchArticles(query.q, { page, pageSize: PAGE_SIZE });
    if (page > 1 && page > lastSearchPage(result.count, PAGE_SIZE, result.cap)) notFound();
  }
  // Only searches that found something are kept: anyone can type a new term, and a "busy" or
  // timed-out answer must not be served to the next reader.
  if (result.hits.length === 0) await keepOutOfCache();
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">{reader.searchTitle}</h1>
      <div className="mt-4">
        <SearchForm id="search-page-q" defaultValue={query.kind === "none" ? "" : query.q} />
      </div>
      <SearchSummary query={query} count={result.count} capped={result.capped} timedOut={result.timedOut} busy={result.busy} />
      {result.hits.length > 0 && <SearchResults hits={result.hits} />}
      {query.kind === "ok" && result.count > PAGE_SIZE && (
        <Pagination current={page} totalPages={lastSearchPage(result.count, PAGE_SIZE, result.cap)} href={(n) => searchHref(query.q, n)} />
      )}
    </main>
  );
}
