import { JsonLd } from "./json-ld";
import { articleStructuredData } from "@/lib/seo/article";
import type { ArticleDetail } from "@/lib/articles/queries";
import type { ReporterView } from "@/lib/reporters/queries";

/** JSON-LD `NewsArticle` + `BreadcrumbList`; place anywhere in the article page. */
export function ArticleStructuredData({ article, reporter }: { article: ArticleDetail; reporter: ReporterView | null }) {
  return <JsonLd data={articleStructuredData({ ...article, reporter })} />;
}
