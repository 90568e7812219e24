import { ArticleTitleList } from "@/components/article/article-title-list";
import type { RelatedArticle } from "@/lib/articles/related";
import { reader } from "@/lib/strings";

/** 관련기사 under the article: the editor's picks, then similar titles of the same board. */
export function RelatedArticles({ items }: { items: RelatedArticle[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-8 print:hidden">
      <h2 id="related-heading" className="border-b-2 border-ink pb-2 text-lg font-bold">
        {reader.related}
      </h2>
      <ArticleTitleList items={items} />
    </section>
  );
}
