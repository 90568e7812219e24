import type { Metadata } from "next";
import { SearchForm } from "@/components/search/search-form";
import { searchMetadata } from "@/lib/seo/lists";
import { reader } from "@/lib/strings";

// `/search` without a term: the form alone. With `?q=`, the proxy sends the request to the
// cached results (app/(site)/internal/search). Rendered per request: it is rare, and its layout
// reads the database, which the build does not have.
export const dynamic = "force-dynamic";

export const metadata: Metadata = searchMetadata("", 1);

export default function SearchPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-2xl font-bold">{reader.searchTitle}</h1>
      <div className="mt-4">
        <SearchForm id="search-page-q" defaultValue="" />
      </div>
    </main>
  );
}
