import { sitemapIndexXml } from "@/lib/sitemaps/build";
import { xmlResponse } from "@/lib/sitemaps/response";

// Rendered per request from cached reads (never at build, which has no database).
export const dynamic = "force-dynamic";

// A sitemap index: /sitemaps/pages.xml (home, boards, schedule) and one file per 1,000 article ids.
export async function GET(): Promise<Response> {
  return xmlResponse(await sitemapIndexXml());
}
