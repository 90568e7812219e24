import { ArticleSummaryList } from "@/components/article/article-summary-list";
import type { SearchHit } from "@/lib/search/queries";

export function SearchResults({ hits, showBoard = true }: { hits: SearchHit[]; showBoard?: boolean }) {
  return <ArticleSummaryList items={hits} headingLevel="h2" excerptLines={3} showBoard={showBoard} />;
}
