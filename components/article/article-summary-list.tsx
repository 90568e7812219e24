import { ArticleMeta } from "@/components/article/article-meta";
import type { ArticleSummary } from "@/lib/articles/queries";

type Props = {
  items: ArticleSummary[];
  /** The level under the page's own headings: h2 on a page of results, h3 under a section's h2. */
  headingLevel: "h2" | "h3";
  excerptLines: 2 | 3;
  showBoard?: boolean;
  className?: string;
};

// Whole class names, so that Tailwind finds them in the source.
const CLAMP = { 2: "line-clamp-2", 3: "line-clamp-3" } as const;

/** Articles from any board as headed summaries: title, excerpt, board and date (search results, a reporter's page). */
export function ArticleSummaryList({ items, headingLevel: Heading, excerptLines, showBoard = true, className }: Props) {
  return (
    <ol className={className ? `${className} divide-y divide-gray-200` : "divide-y divide-gray-200"}>
      {items.map((item) => (
        <li key={item.id} className="py-3">
          <Heading className="text-[17px] font-semibold leading-snug">
            <a href={`/article/${item.id}`} className="text-ink hover:text-brand hover:underline">
              {item.title}
            </a>
          </Heading>
          {item.excerpt && <p className={`mt-1 ${CLAMP[excerptLines]} text-[15px] text-muted`}>{item.excerpt}</p>}
          <ArticleMeta date={item.publishedAt} boardName={showBoard ? item.boardName : undefined} />
        </li>
      ))}
    </ol>
  );
}
