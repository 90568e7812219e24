import type { ReactNode } from "react";
import { getSiteSettings } from "@/lib/settings/queries";
import { common, imprintHeading, imprintLabels as imprintLabelsText, reader } from "@/lib/strings";
import { site } from "@/lib/site";

// Every page's footer: who publishes the site, with the imprint Korean law asks of an internet
// newspaper (set on /editor/settings, cached under `site-settings`).
export async function SiteFooter() {
  const settings = await getSiteSettings();
  const items: Array<[string, ReactNode]> = settings
    ? [
        [imprintLabelsText.title, site.name],
        [imprintLabelsText.publisherName, settings.publisherName],
        [imprintLabelsText.address, settings.address],
        [imprintLabelsText.phone, <a key="phone" href={`tel:${settings.phone.replaceAll("-", "")}`} className="underline">{settings.phone}</a>],
        [imprintLabelsText.registrationNumber, settings.registrationNumber],
        [imprintLabelsText.registrationDate, settings.registrationDate],
        [imprintLabelsText.publisher, settings.publisher],
        [imprintLabelsText.editor, settings.editor],
        [imprintLabelsText.youthProtectionOfficer, settings.youthProtectionOfficer],
        [imprintLabelsText.email, <a key="email" href={`mailto:${settings.email}`} className="underline">{settings.email}</a>],
      ]
    : [];
  return (
    <footer className="mt-12 border-t border-gray-300 bg-gray-50 print:hidden">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <p className="font-semibold text-ink">
          {site.tagline} {site.name}
        </p>
        <p className="mt-1">{reader.footerAbout(site.city)}</p>
        {items.length > 0 && (
          <section aria-label={imprintHeading} className="mt-3">
            <dl className="flex flex-wrap gap-x-4 gap-y-1">
              {items.map(([label, value]) => (
                <div key={label} className="flex gap-1.5">
                  <dt className="font-semibold text-ink">{label}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
        <p className="mt-3">{common.copyright}</p>
      </div>
    </footer>
  );
}
