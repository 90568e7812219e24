import "server-only";
import { parseArticleId } from "@/lib/articles/queries";
import { REPORTER_MAX_ARTICLES, REPORTER_PAGE_SIZE, totalPages } from "@/lib/pagination";
import { countReporterArticles, getReporter, listReporterArticles, type ReporterArticle, type ReporterView } from "./queries";

export type ReporterPageData = { reporter: ReporterView; total: number; capped: boolean; page: number; pages: number; items: ReporterArticle[] };

/**
 * Page `page` of a reporter's profile, or null: an unknown id, an account with nothing published,
 * or a page past the last. All reads are cached under reporter:{id}.
 */
export async function readReporterPage(rawId: string, page: number): Promise<ReporterPageData | null> {
  const id = parseArticleId(rawId);
  if (id === null) return null;
  const [reporter, count] = await Promise.all([getReporter(id), countReporterArticles(id)]);
  if (!reporter || count === 0) return null;
  const total = Math.min(count, REPORTER_MAX_ARTICLES);
  const pages = totalPages(total, REPORTER_PAGE_SIZE);
  if (page > pages) return null;
  const items = await listReporterArticles(reporter.id, page, REPORTER_PAGE_SIZE);
  return { reporter, total, capped: count > REPORTER_MAX_ARTICLES, page, pages, items };
}
