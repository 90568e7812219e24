"use client";

import { ErrorNotice } from "@/components/error-notice";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <ErrorNotice digest={error.digest} reset={reset} />
    </main>
  );
}
