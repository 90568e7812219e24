import { ArticleTitleList } from "@/components/article/article-title-list";
import { TitledSection } from "@/components/ui/titled-section";
import type { RelatedArticle } from "@/lib/articles/related";
import { reader } from "@/lib/strings";

/** 관련기사 under the article: the editor's picks, then similar titles of the same board. */
export function RelatedArticles({ items }: { items: RelatedArticle[] }) {
  if (items.length === 0) return null;
  return (
    <TitledSection id="related-heading" title={reader.related} className="mt-8 print:hidden" headingClassName="border-b-2 border-ink pb-2 text-lg font-bold">
      <ArticleTitleList items={items} />
    </TitledSection>
  );
}
