"use client";

import { ErrorNotice } from "@/components/error-notice";
import { common } from "@/lib/strings/common";
import "./globals.css";

// Replaces the root layout when it fails itself, so it renders its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ko">
      <body className="min-h-screen font-sans text-[17px] leading-relaxed">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <title>{common.errorTitle}</title>
          <ErrorNotice digest={error.digest} reset={reset} plainHomeLink />
        </main>
      </body>
    </html>
  );
}
