import { newsSitemapXml } from "@/lib/sitemaps/build";
import { xmlResponse } from "@/lib/sitemaps/response";

// Google News sitemap: articles published in the last two days.
export async function GET(): Promise<Response> {
  return xmlResponse(await newsSitemapXml());
}
