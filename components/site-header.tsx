import { LoginLink } from "@/components/auth/login-link";
import { boardHref } from "@/lib/boards/href";
import { SearchForm } from "@/components/search/search-form";
import type { BoardInfo } from "@/lib/articles/queries";
import { common, reader } from "@/lib/strings";
import { site } from "@/lib/site";
import { formatDateTime, isoSeoul } from "@/lib/time";

// The same for every reader (it is part of cached pages): no signed-in state here.
export function SiteHeader({ lastEdited, boards }: { lastEdited: Date | null; boards: BoardInfo[] }) {
  return (
    <header className="border-b border-gray-300 bg-white print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2">
        {common.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-end justify-between gap-3 px-4 pt-4 pb-3">
        <a href="/" className="text-[28px] font-bold leading-tight text-brand no-underline">
          <span className="block text-sm font-normal text-muted">{site.tagline}</span>
          {site.name}
        </a>
        <div className="flex w-full flex-col items-stretch gap-2 sm:w-auto sm:items-end">
          {lastEdited && (
            <p className="text-sm text-muted">
              {common.lastEdited} <time dateTime={isoSeoul(lastEdited)}>{formatDateTime(lastEdited)}</time>
            </p>
          )}
          <SearchForm />
        </div>
      </div>
      <nav aria-label={common.mainNav} className="border-t border-gray-200 bg-gray-50">
        <ul className="mx-auto flex max-w-5xl gap-1 overflow-x-auto px-2 text-[15px] whitespace-nowrap">
          {boards.map((board) => (
            <li key={board.id}>
              <a href={boardHref(board.slug)} className="inline-flex min-h-11 items-center px-3 font-semibold text-ink hover:text-brand hover:underline">
                {board.name}
              </a>
            </li>
          ))}
          <li className="ml-auto">
            <LoginLink label={reader.login} className="inline-flex min-h-11 items-center px-3 text-muted hover:underline" />
          </li>
        </ul>
      </nav>
    </header>
  );
}
