import { OG_SIZE, renderOgCard } from "@/components/seo/og-card";
import { site } from "@/lib/site";
import { seo } from "@/lib/strings";

// The default share image of every page that has no image of its own.
export const alt = `${site.tagline} ${site.name}`;
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function Image() {
  return renderOgCard({ kicker: site.city, title: seo.siteDescription });
}
