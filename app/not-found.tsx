import type { Metadata } from "next";
import { common } from "@/lib/strings";
import { site } from "@/lib/site";

export const metadata: Metadata = { title: common.notFoundTitle, robots: { index: false } };

// Rendered with status 404 for notFound() and unknown paths.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm text-muted">
        <a href="/" className="font-bold text-brand">
          {site.name}
        </a>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{common.notFoundTitle}</h1>
      <p className="mt-3">{common.notFoundBody}</p>
      <p className="mt-6">
        <a href="/" className="text-brand underline">
          {common.goHome}
        </a>
      </p>
    </main>
  );
}
