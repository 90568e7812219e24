import type { AdjacentArticles, ArticleDetail } from "@/lib/articles/queries";
import type { ReporterView } from "@/lib/reporters/queries";
import { ArticlePicture } from "@/components/article/article-picture";
import { ArticleTools } from "@/components/article/article-tools";
import { responsiveBodyHtml } from "@/lib/articles/responsive-body";
import { boardHref } from "@/lib/boards/href";
import { common, reader } from "@/lib/strings";
import { articleUrl } from "@/lib/seo/json-ld";
import { formatDateTime, isoSeoul } from "@/lib/time";

type Props = { article: ArticleDetail; reporter: ReporterView | null; viewCount: number; adjacent: AdjacentArticles };

/** `홍길동 기자 (hong@…)` linking to the reporter's page, or the byline as printed (`<편집부>`). */
function Byline({ article, reporter }: { article: ArticleDetail; reporter: ReporterView | null }) {
  if (!reporter) return <p className="mt-6 font-semibold">{reader.byline(article.authorName)}</p>;
  return (
    <p className="mt-6 font-semibold">
      <a href={`/reporter/${reporter.id}`} className="text-ink underline underline-offset-4 hover:text-brand">
        {reader.reporterName(reporter.name)}
      </a>
      {reporter.email && (
        <>
          {" ("}
          <a href={`mailto:${reporter.email}`} className="font-normal text-brand underline underline-offset-4">
            {reporter.email}
          </a>
          {")"}
        </>
      )}
    </p>
  );
}

// Body typography for the sanitized HTML (paragraphs, quotes, photos with captions).
const BODY =
  "reader-text leading-[1.85] [&_p]:my-5 [&_blockquote]:my-5 [&_blockquote]:border-l-4 [&_blockquote]:border-gray-300 [&_blockquote]:pl-4 " +
  "[&_blockquote]:text-[#333] [&_figure]:my-6 [&_img]:h-auto [&_img]:max-w-full [&_img]:rounded [&_figcaption]:mt-2 [&_figcaption]:text-sm " +
  "[&_figcaption]:text-muted [&_a]:text-brand [&_a]:underline [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-bold [&_h3]:mt-6 [&_h3]:text-lg " +
  "[&_h3]:font-bold [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6";

/** Corrections and replies at the top of the article: `[정정] … (time)`, newest first. */
function Corrections({ notes }: { notes: ArticleDetail["corrections"] }) {
  if (notes.length === 0) return null;
  return (
    <section aria-label={reader.corrections} className="mt-4 space-y-2 border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-[15px]">
      {notes.map((note) => (
        <p key={note.id}>
          {`${reader.correctionMark[note.kind]} ${note.text} `}
          <time dateTime={isoSeoul(note.createdAt)} className="whitespace-nowrap text-sm text-[#5c3d00]">
            ({formatDateTime(note.createdAt)})
          </time>
        </p>
      ))}
    </section>
  );
}

export function ArticleView({ article, reporter, viewCount, adjacent }: Props) {
  // Quick fixes right after publishing are not worth a 수정 time; a correction always is.
  const edited = article.editedAt.getTime() - article.publishedAt.getTime() > 60_000 || article.corrections.length > 0;
  const lead = article.leadImage;
  // A lead photo that the body already shows is not repeated above it.
  const showLead = lead !== null && !article.bodyHtml.includes(`data-image-id="${lead.imageId}"`);
  return (
    <article>
      <header className="border-b border-gray-300 pb-4">
        <p className="text-sm font-semibold">
          <a href={boardHref(article.board.slug)} className="text-brand hover:underline">
            {article.board.name}
          </a>
        </p>
        <h1 className="mt-2 text-[26px] font-bold leading-snug sm:text-3xl">{article.title}</h1>
        <div className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          <span className="font-semibold text-ink">{reporter ? reader.reporterName(reporter.name) : article.authorName}</span>
          <span>
            {reader.published} <time dateTime={isoSeoul(article.publishedAt)}>{formatDateTime(article.publishedAt)}</time>
          </span>
          {edited && (
            <span>
              {reader.edited} <time dateTime={isoSeoul(article.editedAt)}>{formatDateTime(article.editedAt)}</time>
            </span>
          )}
          <span>{reader.viewCount(viewCount)}</span>
        </div>
        <ArticleTools url={articleUrl(article.id)} title={article.title} />
      </header>
      <Corrections notes={article.corrections} />
      {showLead && <ArticlePicture picture={lead} />}
      <div className={BODY} dangerouslySetInnerHTML={{ __html: responsiveBodyHtml(article.bodyHtml, article.bodyImages, { eagerFirst: !showLead }) }} />
      <Byline article={article} reporter={reporter} />
      <p className="mt-6 border-t border-gray-200 pt-4 text-sm text-muted">{common.copyright}</p>
      <p className="hidden text-sm print:block">{reader.tools.printSource(articleUrl(article.id))}</p>
      {(adjacent.newer || adjacent.older) && (
        <ul className="mt-6 divide-y divide-gray-200 border-y border-gray-300 text-[15px] print:hidden">
          {adjacent.newer && (
            <li className="flex gap-3 py-3">
              <span className="shrink-0 font-semibold text-muted">{reader.newerArticle}</span>
              <a href={`/article/${adjacent.newer.id}`} className="min-w-0 truncate hover:underline">
                {adjacent.newer.title}
              </a>
            </li>
          )}
          {adjacent.older && (
            <li className="flex gap-3 py-3">
              <span className="shrink-0 font-semibold text-muted">{reader.olderArticle}</span>
              <a href={`/article/${adjacent.older.id}`} className="min-w-0 truncate hover:underline">
                {adjacent.older.title}
              </a>
            </li>
          )}
        </ul>
      )}
    </article>
  );
}
