import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReporterPageView } from "@/components/reporter/reporter-page-view";
import { parsePageParam } from "@/lib/pagination";
import { readReporterPage } from "@/lib/reporters/page";
import { reporterMetadata } from "@/lib/seo/lists";

// `/reporter/{id}?page=N`, rewritten here by next.config.ts (the page number in the path is what
// the full-route cache keys on); cached like page 1.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ id: string; page: string }[]> {
  return [];
}

type Props = { params: Promise<{ id: string; page: string }> };

async function read(params: Props["params"]) {
  const { id, page } = await params;
  const parsed = parsePageParam(page);
  return parsed.ok ? readReporterPage(id, parsed.page) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await read(params);
  return data ? reporterMetadata(data.reporter, data.page) : {};
}

export default async function ReporterNumberedPage({ params }: Props) {
  const data = await read(params);
  if (!data) notFound();
  return <ReporterPageView {...data} />;
}
