import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReporterPageView } from "@/components/reporter/reporter-page-view";
import { readReporterPage } from "@/lib/reporters/page";
import { reporterMetadata } from "@/lib/seo/lists";

// A reporter's profile and published articles, `/reporter/{id}`, paginated like a board: page 1
// here, `?page=N` rewritten by next.config.ts to app/(site)/internal/reporter. Rendered on first
// request, then served from the shared cache until their articles or profile change
// (reporter:{id}). Only accounts with a published article have a page.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ id: string }[]> {
  return [];
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await readReporterPage((await params).id, 1);
  return data ? reporterMetadata(data.reporter, 1) : {};
}

export default async function ReporterPage({ params }: Props) {
  const data = await readReporterPage((await params).id, 1);
  if (!data) notFound();
  return <ReporterPageView {...data} />;
}
