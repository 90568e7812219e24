import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { searchMetadata } from "@/lib/seo/lists";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchSummary } from "@/components/search/search-summary";
import { parsePageParam } from "@/lib/pagination";
import { lastSearchPage, parseSearchQuery } from "@/lib/search/query";
import { searchArticles, type SearchResult } from "@/lib/search/queries";
import { reader } from "@/lib/strings";

const PAGE_SIZE = 15;

// Rendered per request from the cached search results (the query is in the query string);
// never at build, which has no database.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Not indexed; self-canonical with the query (lib/seo/lists.ts).
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const query = parseSearchQuery(sp.q);
  const page = parsePageParam(sp.page);
  return searchMetadata(query.kind === "none" ? "" : query.q, page.ok ? page.page : 1);
}

function searchHref(q: string, page: number): string {
  const params = new URLSearchParams({ q });
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

// Dynamic (it reads the query string); nothing here is cached.
export default async function SearchPage({ searchParams }: Props) {
  const sp = await searchParams;
  const query = parseSearchQuery(sp.q);
  const pageParam = parsePageParam(sp.page);
  if (!pageParam.ok) redirect(query.kind === "ok" ? searchHref(query.q, 1) : "/search");
  const page = pageParam.page;

  let result: SearchResult = { hits: [], count: 0, capped: false, cap: 0 };
  if (query.kind === "ok") {
    result = await searchArticles(query.q, { page, pageSize: PAGE_SIZE });
    if (page > 1 && page > lastSearchPage(result.count, PAGE_SIZE, result.cap)) notFound();
  }

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
