import { common, reader } from "@/lib/strings";
import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-gray-300 bg-gray-50">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p className="font-semibold text-ink">
          {site.tagline} {site.name}
        </p>
        <p className="mt-1">{reader.footerAbout(site.city)}</p>
        <p className="mt-3">{common.copyright}</p>
      </div>
    </footer>
  );
}
