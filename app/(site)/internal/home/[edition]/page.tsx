import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleMeta } from "@/components/article/article-meta";
import { ArticleTitleList } from "@/components/article/article-title-list";
import { PhotoNews } from "@/components/article/photo-news";
import { boardHref } from "@/lib/boards/href";
import { TitledSection } from "@/components/ui/titled-section";
import { TodaySchedule } from "@/components/schedule/today-schedule";
import { MostRead } from "@/components/views/most-read";
import { listBoards, listLatestArticles, listLatestPerBoard, listPhotoNews } from "@/lib/articles/queries";
import { seoulDay } from "@/lib/time";
import { homeMetadata } from "@/lib/seo/lists";
import { common, reader } from "@/lib/strings";

// The home page, `/` (rewritten here by next.config.ts: a path with a dynamic segment renders on
// first request, never at build, which has no database). Served from the shared cache until a
// publish expires it through the `articles` tag; the one-minute lifetime also rolls "today's
// schedule" over shortly after midnight in Seoul.
export const revalidate = 60;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ edition: string }[]> {
  return [];
}

// Canonical "/", feed link, OpenGraph (lib/seo/lists.ts).
export const metadata: Metadata = homeMetadata();

type Props = { params: Promise<{ edition: string }> };

export default async function HomePage({ params }: Props) {
  // The one edition there is: the segment exists only so the page renders on demand.
  if ((await params).edition !== "front") notFound();
  const [latest, boards, perBoard, photos] = await Promise.all([listLatestArticles(10), listBoards(), listLatestPerBoard(5), listPhotoNews(4)]);
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-6">
      <h1 className="sr-only">{common.siteTitle}</h1>
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <LatestNews latest={latest} />
        <div className="space-y-8">
          <TodaySchedule day={seoulDay()} />
          <MostRead />
        </div>
      </div>

      <PhotoNews items={photos} />

      <TitledSection id="sections-heading" title={reader.sections} className="mt-10" headingClassName="sr-only">
        <div className="grid gap-8 sm:grid-cols-2">
          {boards.map((board) => {
            const items = perBoard[board.id] ?? [];
            if (items.length === 0) return null;
            return <BoardSection key={board.id} board={board} items={items} />;
          })}
        </div>
      </TitledSection>
    </main>
  );
}

function LatestNews({ latest }: { latest: Awaited<ReturnType<typeof listLatestArticles>> }) {
  const [top, ...rest] = latest;
  return (
    <TitledSection id="latest-heading" title={common.latestNews} headingClassName="border-b-2 border-ink pb-2 text-xl font-bold">
      {!top ? (
        <p className="mt-4">{common.noArticles}</p>
      ) : (
        <>
          <article className="border-b border-gray-200 py-4">
            <h3 className="text-2xl font-bold leading-snug">
              <a href={`/article/${top.id}`} className="text-ink hover:text-brand hover:underline">
                {top.title}
              </a>
            </h3>
            <p className="mt-2 line-clamp-3 text-muted">{top.excerpt}</p>
            <ArticleMeta date={top.publishedAt} boardName={top.boardName} />
          </article>
          <ul className="divide-y divide-gray-200">
            {rest.map((article) => (
              <li key={article.id} className="py-3">
                <a href={`/article/${article.id}`} className="font-semibold text-ink hover:text-brand hover:underline">
                  {article.title}
                </a>
                <ArticleMeta date={article.publishedAt} boardName={article.boardName} />
              </li>
            ))}
          </ul>
        </>
      )}
    </TitledSection>
  );
}

type BoardSectionProps = { board: Awaited<ReturnType<typeof listBoards>>[number]; items: NonNullable<Awaited<ReturnType<typeof listLatestPerBoard>>[number]> };

function BoardSection({ board, items }: BoardSectionProps) {
  return (
    <section aria-labelledby={`board-${board.id}-heading`}>
      <h3 id={`board-${board.id}-heading`} className="flex items-baseline justify-between border-b-2 border-ink pb-2 text-lg font-bold">
        <a href={boardHref(board.slug)} className="text-ink hover:text-brand hover:underline">
          {board.name}
        </a>
      </h3>
      <ArticleTitleList items={items} oneLine />
    </section>
  );
}
