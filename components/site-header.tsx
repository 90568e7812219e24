import Link from "next/link";
import { common } from "@/lib/strings";
import { site } from "@/lib/site";
import { formatDateTime } from "@/lib/time";

export function SiteHeader({ lastEdited }: { lastEdited: Date | null }) {
  return (
    <header className="border-b border-gray-300 bg-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        {common.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-2 px-4 py-4">
        <Link href="/" className="text-2xl font-bold text-brand no-underline">
          <span className="block text-sm font-normal text-muted">{site.tagline}</span>
          {site.name}
        </Link>
        {lastEdited && (
          <p className="text-sm text-muted">
            {common.lastEdited} <time dateTime={lastEdited.toISOString()}>{formatDateTime(lastEdited)}</time>
          </p>
        )}
      </div>
    </header>
  );
}
