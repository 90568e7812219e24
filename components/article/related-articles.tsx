import type { RelatedArticle } from "@/lib/articles/related";
import { reader } from "@/lib/strings";
import { formatDate } from "@/lib/time";

/** 관련기사 under the article: the editor's picks, then similar titles of the same board. */
export function RelatedArticles({ items }: { items: RelatedArticle[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="mt-8 print:hidden">
      <h2 id="related-heading" className="border-b-2 border-ink pb-2 text-lg font-bold">
        {reader.related}
      </h2>
      <ul className="divide-y divide-gray-200">
        {items.map((item) => (
          <li key={item.id} className="flex items-baseline justify-between gap-3 py-2.5">
            <a href={`/article/${item.id}`} className="min-w-0 text-ink hover:text-brand hover:underline">
              {item.title}
            </a>
            <time dateTime={item.publishedAt.toISOString()} className="shrink-0 text-sm text-muted">
              {formatDate(item.publishedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
