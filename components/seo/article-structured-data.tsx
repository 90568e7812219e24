import { JsonLd } from "./json-ld";
import { articleStructuredData } from "@/lib/seo/article";
import type { ArticleDetail } from "@/lib/articles/queries";

/** JSON-LD `NewsArticle` + `BreadcrumbList`; place anywhere in the article page. */
export function ArticleStructuredData({ article }: { article: ArticleDetail }) {
  return <JsonLd data={articleStructuredData(article)} />;
}
