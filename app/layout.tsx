import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { common } from "@/lib/strings";
import { site } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: common.siteTitle, template: `%s | ${site.name}` },
  description: `${site.city} 소식을 전하는 ${common.siteTitle}`,
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko">
      <body className="min-h-screen font-sans text-[17px] leading-relaxed antialiased">{children}</body>
    </html>
  );
}
