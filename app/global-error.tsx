"use client";

import { common, seo } from "@/lib/strings";
import "./globals.css";

// Replaces the root layout when it fails itself, so it renders its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ko">
      <body className="min-h-screen font-sans text-[17px] leading-relaxed">
        <main className="mx-auto max-w-2xl px-4 py-16">
          <title>{common.errorTitle}</title>
          <h1 className="text-2xl font-bold">{common.errorTitle}</h1>
          <p className="mt-3">{common.errorBody}</p>
          {error.digest && <p className="mt-2 text-sm text-muted">{seo.errorCode(error.digest)}</p>}
          <p className="mt-6 flex gap-4">
            <button type="button" onClick={reset} className="rounded border border-gray-400 px-4 py-2">
              {common.retry}
            </button>
            {/* A plain link: the client router may be what broke. */}
            <a href="/" className="px-4 py-2 text-brand underline">
              {common.goHome}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
