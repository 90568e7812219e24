import { articleSitemapXml, pagesSitemapXml, PAGES_SITEMAP } from "@/lib/sitemaps/build";
import { xmlNotFound, xmlResponse } from "@/lib/sitemaps/response";
import { parseArticleSitemapName } from "@/lib/sitemaps/xml";

// /sitemaps/pages.xml and /sitemaps/articles-{n}.xml (n = 1-based block of 1,000 ids).
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  if (file === PAGES_SITEMAP) return xmlResponse(await pagesSitemapXml());
  const chunk = parseArticleSitemapName(file);
  if (chunk === null) return xmlNotFound();
  const xml = await articleSitemapXml(chunk);
  return xml === null ? xmlNotFound() : xmlResponse(xml);
}
