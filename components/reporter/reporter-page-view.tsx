import { ArticleSummaryList } from "@/components/article/article-summary-list";
import { Pagination } from "@/components/pagination";
import { ReporterCard } from "@/components/reporter/reporter-card";
import { reporterHref } from "@/lib/reporters/href";
import { JsonLd } from "@/components/seo/json-ld";
import { PaginationLinks } from "@/components/seo/pagination-links";
import type { ReporterPageData } from "@/lib/reporters/page";
import { profilePageJsonLd } from "@/lib/seo/json-ld";
import { reader } from "@/lib/strings";

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
        <ArticleSummaryList items={items} headingLevel="h3" excerptLines={2} className="mt-2 border-t border-gray-300" />
        <Pagination current={page} totalPages={pages} href={href} />
        <PaginationLinks current={page} totalPages={pages} href={href} />
      </section>
    </main>
  );
}
