"use client";

import Link from "next/link";
import { common, seo } from "@/lib/strings";

// Shows no error message or stack: those stay in the server log. The digest lets an
// operator find the matching log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="text-2xl font-bold">{common.errorTitle}</h1>
      <p className="mt-3">{common.errorBody}</p>
      {error.digest && <p className="mt-2 text-sm text-muted">{seo.errorCode(error.digest)}</p>}
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded border border-gray-400 px-4 py-2">
          {common.retry}
        </button>
        <Link href="/" className="px-4 py-2 text-brand underline">
          {common.goHome}
        </Link>
      </p>
    </main>
  );
}
