import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteUrl } from "@/lib/env";
import { FONT_SCALE_SCRIPT } from "@/lib/reading/font-scale";
import { feedAlternates } from "@/lib/seo/metadata";
import { common, seo } from "@/lib/strings";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: common.siteTitle, template: `%s | ${site.name}` },
  description: seo.siteDescription,
  applicationName: site.name,
  // Pages that set a canonical replace these alternates; lib/seo/metadata.ts keeps the feed link.
  alternates: feedAlternates(),
  openGraph: { type: "website", siteName: site.name, locale: "ko_KR", title: common.siteTitle, description: seo.siteDescription },
  twitter: { card: "summary_large_image", title: common.siteTitle, description: seo.siteDescription },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The inline script below sets attributes on <html> before React hydrates it.
    <html lang="ko" suppressHydrationWarning>
      <head>
        {/* Before first paint: the reader's font size, and `html.js` for script-only controls. */}
        <script dangerouslySetInnerHTML={{ __html: FONT_SCALE_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans text-[17px] leading-relaxed antialiased">{children}</body>
    </html>
  );
}
