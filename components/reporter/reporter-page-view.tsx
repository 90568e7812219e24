import { Pagination } from "@/components/pagination";
import { ReporterCard } from "@/components/reporter/reporter-card";
import { reporterHref } from "@/lib/reporters/href";
import { JsonLd } from "@/components/seo/json-ld";
import { PaginationLinks } from "@/components/seo/pagination-links";
import type { ReporterPageData } from "@/lib/reporters/page";
import { profilePageJsonLd } from "@/lib/seo/json-ld";
import { reader } from "@/lib/strings";
import { formatDate } from "@/lib/time";

/** A reporter's profile and one page of their published articles. */
export function ReporterPageView({ reporter, total, capped, page, pages, items }: ReporterPageData) {
  const href = (n: number) => reporterHref(reporter.id, n);
  const photo = reporter.photo?.src ?? null;
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-6">
      <JsonLd data={profilePageJsonLd({ id: reporter.id, name: reporter.name, email: reporter.email, bio: reporter.bio, image: photo })} />
      <ReporterCard reporter={reporter} />
      <section aria-labelledby="reporter-articles-heading" className="mt-6">
        <h2 id="reporter-articles-heading" className="flex flex-wrap items-baseline justify-between gap-2 text-lg font-bold">
          {reader.reporterArticles(reporter.name)}
          <span className="text-sm font-normal text-muted">{reader.reporterArticleCount(total, capped)}</span>
        </h2>
        <ol className="mt-2 divide-y divide-gray-200 border-t border-gray-300">
          {items.map((item) => (
            <li key={item.id} className="py-3">
              <h3 className="text-[17px] font-semibold leading-snug">
                <a href={`/article/${item.id}`} className="text-ink hover:text-brand hover:underline">
                  {item.title}
                </a>
              </h3>
              {item.excerpt && <p className="mt-1 line-clamp-2 text-[15px] text-muted">{item.excerpt}</p>}
              <p className="mt-1 text-sm text-muted">
                {item.boardName} · <time dateTime={item.publishedAt.toISOString()}>{formatDate(item.publishedAt)}</time>
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
