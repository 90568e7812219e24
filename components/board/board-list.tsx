import { ArticleMeta } from "@/components/article/article-meta";
import type { BoardListItem } from "@/lib/articles/queries";
import { ResponsivePicture } from "@/components/ui/responsive-picture";
import { reader } from "@/lib/strings";

type Props = {
  pinned: BoardListItem[];
  items: BoardListItem[];
  /** The article being read, when the list sits under it. */
  currentId?: number;
  headingLevel?: "h2" | "h3";
};

function Item({ item, current, Heading }: { item: BoardListItem; current: boolean; Heading: "h2" | "h3" }) {
  return (
    <div className="flex gap-3">
      <div className="min-w-0 flex-1">
        <Heading className="text-[17px] font-semibold leading-snug">
          <a
            href={`/article/${item.id}`}
            className={current ? "text-ink underline" : "text-ink hover:text-brand hover:underline"}
          >
            {item.title}
          </a>
          {current && <span className="sr-only"> {reader.currentArticle}</span>}
        </Heading>
        {item.excerpt && <p className="mt-1 line-clamp-3 text-[15px] text-muted">{item.excerpt}</p>}
        <ArticleMeta date={item.publishedAt} />
      </div>
      {item.thumb && (
        // The title next to it says what the photo is about: the thumbnail itself is decoration.
        <ResponsivePicture picture={item.thumb} sizes="112px" alt="" className="mt-1 aspect-[4/3] w-24 shrink-0 rounded bg-gray-100 object-cover sm:w-28" />
      )}
    </div>
  );
}

// Numbers are the board's own (boardSeq), newest first, as `<ol reversed start>` renders them.
export function BoardList({ pinned, items, currentId, headingLevel = "h2" }: Props) {
  const first = items[0];
  return (
    <div>
      {pinned.length > 0 && (
        <ul className="divide-y divide-gray-200 border-b border-gray-300 bg-gray-50">
          {pinned.map((item) => (
            <li key={item.id} className="flex gap-3 px-2 py-3">
              <span className="mt-0.5 h-fit shrink-0 rounded bg-brand px-1.5 text-xs font-bold leading-5 text-white">{reader.notice}</span>
              <div className="min-w-0">
                <Item item={item} current={item.id === currentId} Heading={headingLevel} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && (
        <ol reversed start={first?.boardSeq ?? undefined} className="list-decimal divide-y divide-gray-200 pl-12 marker:text-sm marker:text-muted">
          {items.map((item) => (
            <li key={item.id} className="py-3 pl-1">
              <Item item={item} current={item.id === currentId} Heading={headingLevel} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
