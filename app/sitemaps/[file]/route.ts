import { articleSitemapXml, pagesSitemapXml, PAGES_SITEMAP } from "@/lib/sitemaps/build";
import { xmlNotFound, xmlResponse } from "@/lib/sitemaps/response";
import { parseArticleSitemapName } from "@/lib/sitemaps/xml";

// /sitemaps/pages.xml and /sitemaps/articles-{n}.xml (n = 1-based block of 1,000 ids): generated
// on first request, then served from the shared cache until a publish expires `sitemap`.
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams(): Promise<{ file: string }[]> {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (file === PAGES_SITEMAP) return xmlResponse(await pagesSitemapXml());
  const chunk = parseArticleSitemapName(file);
  if (chunk === null) return xmlNotFound();
  const xml = await articleSitemapXml(chunk);
  return xml === null ? xmlNotFound() : xmlResponse(xml);
}
