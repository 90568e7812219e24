import Link from "next/link";
import { SiteHeader } from "@/components/site-header";
import { getSiteLastEdited, listLatestArticles } from "@/lib/articles/queries";
import { common } from "@/lib/strings";
import { formatDate } from "@/lib/time";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [articles, lastEdited] = await Promise.all([listLatestArticles(20), getSiteLastEdited()]);
  return (
    <>
      <SiteHeader lastEdited={lastEdited} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="mb-4 text-xl font-bold">{common.latestNews}</h1>
        {articles.length === 0 ? (
          <p>{common.noArticles}</p>
        ) : (
          <ol className="divide-y divide-gray-200">
            {articles.map((article) => (
              <li key={article.id} className="py-3">
                <Link href={`/article/${article.id}`} className="text-lg font-semibold hover:underline">
                  {article.title}
                </Link>
                <p className="mt-1 line-clamp-2 text-[15px] text-muted">{article.excerpt}</p>
                <p className="mt-1 text-sm text-muted">
                  {article.boardName} · <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
                </p>
              </li>
            ))}
          </ol>
        )}
      </main>
    </>
  );
}
