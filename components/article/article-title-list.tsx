import { ArticleDate } from "@/components/article/article-meta";

type TitleItem = { id: number; title: string; publishedAt: Date };

/**
 * Linked titles with their dates, one a row: the home page's board blocks and 관련기사.
 * `oneLine` cuts long titles to one line, in tighter rows, for the home page's narrow columns.
 */
export function ArticleTitleList({ items, oneLine = false }: { items: TitleItem[]; oneLine?: boolean }) {
  return (
    <ul className="divide-y divide-gray-200">
      {items.map((item) => (
        <li key={item.id} className={`flex items-baseline justify-between gap-3 ${oneLine ? "py-2" : "py-2.5"}`}>
          <a href={`/article/${item.id}`} className={`min-w-0 ${oneLine ? "truncate " : ""}text-ink hover:text-brand hover:underline`}>
            {item.title}
          </a>
          <ArticleDate date={item.publishedAt} className="shrink-0 text-sm text-muted" />
        </li>
      ))}
    </ul>
  );
}
