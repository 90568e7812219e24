import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Pagination } from "@/components/pagination";
import { ReporterCard } from "@/components/reporter/reporter-card";
import { reporterHref } from "@/components/reporter/reporter-href";
import { JsonLd } from "@/components/seo/json-ld";
import { PaginationLinks } from "@/components/seo/pagination-links";
import { parseArticleId } from "@/lib/articles/queries";
import { parsePageParam, REPORTER_MAX_ARTICLES, REPORTER_PAGE_SIZE, totalPages } from "@/lib/pagination";
import { countReporterArticles, getReporter, listReporterArticles } from "@/lib/reporters/queries";
import { profilePageJsonLd } from "@/lib/seo/json-ld";
import { reporterMetadata } from "@/lib/seo/lists";
import { reader } from "@/lib/strings";
import { formatDate } from "@/lib/time";

// A reporter's profile and published articles, paginated like a board. Rendered per request (the
// page number is in the query string) from reads cached under reporter:{id}. Only accounts with
// at least one published article have a page (the proxy sends the others to the real 404 page).
type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const id = parseArticleId((await params).id);
  const [reporter, total] = id === null ? [null, 0] : await Promise.all([getReporter(id), countReporterArticles(id)]);
  return reporter && total > 0 ? { reporter, total } : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  const page = parsePageParam((await searchParams).page);
  return reporterMetadata(found.reporter, page.ok ? page.page : 1);
}

export default async function ReporterPage({ params, searchParams }: Props) {
  const [found, sp] = await Promise.all([load(params), searchParams]);
  if (!found) notFound();
  const { reporter, total } = found;
  const pageParam = parsePageParam(sp.page);
  if (!pageParam.ok) redirect(reporterHref(reporter.id));
  const page = pageParam.page;
  const capped = total > REPORTER_MAX_ARTICLES;
  const pages = totalPages(Math.min(total, REPORTER_MAX_ARTICLES), REPORTER_PAGE_SIZE);
  if (page > pages) notFound();
  const items = await listReporterArticles(reporter.id, page, REPORTER_PAGE_SIZE);
  const href = (n: number) => reporterHref(reporter.id, n);
  const photo = reporter.photo?.src ?? null;

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <JsonLd data={profilePageJsonLd({ id: reporter.id, name: reporter.name, email: reporter.email, bio: reporter.bio, image: photo })} />
      <ReporterCard reporter={reporter} />
      <section aria-labelledby="reporter-articles-heading" className="mt-6">
        <h2 id="reporter-articles-heading" className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-bold">
          {reader.reporterArticles(reporter.name)}
          <span className="text-sm font-normal text-muted">{reader.reporterArticleCount(Math.min(total, REPORTER_MAX_ARTICLES), capped)}</span>
        </h2>
        <ol className="mt-2 divide-y divide-gray-200 border-t border-gray-300">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <h3 className="text-[17px] font-semibold leading-snug">
                <Link href={`/article/${item.id}`} className="text-ink hover:text-brand hover:underline" prefetch={false}>
                  {item.title}
                </Link>
              </h3>
              {item.excerpt && <p className="mt-1 line-clamp-2 text-[15px] text-muted">{item.excerpt}</p>}
              <p className="mt-1 text-sm text-muted">
                {item.boardName} · 
                <time dateTime={item.publishedAt.toISOString()}>{formatDate(item.publishedAt)}</time>
              </p>
            </li>
          ))}
        </ol>
        <Pagination current={page} totalPages={pages} href={href} />
        <PaginationLinks current={page} totalPages={pages} href={href} />
      </section>
    </main>
  );
}
