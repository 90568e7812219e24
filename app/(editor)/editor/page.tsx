import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { ViewsChart } from "@/components/editor/views-chart";
import {
  EDITOR_PAGE_SIZE,
  STATUS_FILTERS,
  countArticlesByStatus,
  listAuthorOptions,
  listBoardOptions,
  listDailyViews,
  listEditorArticles,
  type EditorArticleFilters,
  type StatusFilter,
} from "@/lib/articles/editor-queries";
import { requireUser } from "@/lib/auth/session";
import { editor as editorText } from "@/lib/strings/editor";
import { formatDateTime, seoulDay } from "@/lib/time";

export const metadata: Metadata = { title: editorText.home.title };

const homeText = editorText.home;

type Search = { status?: string; board?: string; author?: string; q?: string; page?: string };

function positive(value: string | undefined): number | undefined {
  return value && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

function filtersOf(search: Search): EditorArticleFilters {
  const status = STATUS_FILTERS.includes(search.status as StatusFilter) ? (search.status as StatusFilter) : undefined;
  return { status, boardId: positive(search.board), authorId: positive(search.author), query: search.q?.slice(0, 100), page: positive(search.page) ?? 1 };
}

function hrefWith(search: Search, change: Partial<Search>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...search, ...change })) if (value) params.set(key, value);
  const qs = params.toString();
  return qs ? `/editor?${qs}` : "/editor";
}

export default async function EditorHomePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser("/editor");
  const search = await searchParams;
  const filters = filtersOf(search);
  const [{ rows, total }, counts, boards, authors, views] = await Promise.all([
    listEditorArticles(filters, user),
    countArticlesByStatus(user),
    listBoardOptions(),
    listAuthorOptions(),
    listDailyViews(seoulDay()),
  ]);
  const page = filters.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{homeText.title}</h1>

      <StatusCounts current={filters.status} counts={counts} />

      <FilterForm filters={filters} boards={boards} authors={authors} />

      {rows.length === 0 ? <p>{homeText.empty}</p> : <ArticlesTable rows={rows} />}

      {pages > 1 && <PageNav search={search} page={page} pages={pages} />}

      <ViewsChart days={views} />
    </div>
  );
}

function StatusCounts({ current, counts }: { current: StatusFilter | undefined; counts: Awaited<ReturnType<typeof countArticlesByStatus>> }) {
  return (
    <nav aria-label={homeText.counts}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {STATUS_FILTERS.map((status) => (
          <li key={status}>
            <Link
              href={hrefWith({}, { status })}
              aria-current={current === status ? "page" : undefined}
              className={`inline-block rounded border px-3 py-1 ${current === status ? "border-brand bg-brand text-white" : "border-gray-300 bg-white"}`}
            >
              {editorText.status[status]} <span className="tabular-nums">{counts[status].toLocaleString("ko-KR")}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

type FilterFormProps = {
  filters: EditorArticleFilters;
  boards: Awaited<ReturnType<typeof listBoardOptions>>;
  authors: Awaited<ReturnType<typeof listAuthorOptions>>;
};

function FilterForm({ filters, boards, authors }: FilterFormProps) {
  return (
    <form method="get" action="/editor" aria-label={homeText.filters} className="flex flex-wrap items-end gap-3 rounded border border-gray-300 bg-white p-3">
      <FilterSelect
        name="status"
        label={homeText.statusLabel}
        anyLabel={homeText.allStatuses}
        value={filters.status}
        options={STATUS_FILTERS.map((status) => ({ value: status, label: editorText.status[status] }))}
      />
      <FilterSelect
        name="board"
        label={homeText.boardLabel}
        anyLabel={homeText.allBoards}
        value={filters.boardId}
        options={boards.map((board) => ({ value: board.id, label: board.name }))}
      />
      <FilterSelect
        name="author"
        label={homeText.authorLabel}
        anyLabel={homeText.allAuthors}
        value={filters.authorId}
        options={authors.map((author) => ({ value: author.id, label: author.displayName }))}
      />
      <div>
        <label htmlFor="filter-q" className="block text-sm font-semibold">
          {homeText.queryLabel}
        </label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.query ?? ""} className="rounded border border-gray-400 px-2 py-1" />
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-white">
        {homeText.apply}
      </button>
    </form>
  );
}

type FilterSelectProps = {
  name: keyof Search;
  label: string;
  /** The first option, which leaves the filter off. */
  anyLabel: string;
  value: string | number | undefined;
  options: Array<{ value: string | number; label: ReactNode }>;
};

function FilterSelect({ name, label, anyLabel, value, options }: FilterSelectProps) {
  const id = `filter-${name}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className="rounded border border-gray-400 px-2 py-1">
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const COLUMNS = ["title", "board", "author", "status", "updated", "views"] as const;

function ArticlesTable({ rows }: { rows: Awaited<ReturnType<typeof listEditorArticles>>["rows"] }) {
  return (
    <div className="overflow-x-auto rounded border border-gray-300 bg-white">
      <table className="w-full text-sm">
        <thead className="bg-gray-100 text-left">
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={column === "views" ? "p-2 text-right" : "p-2"}>
                {homeText.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-gray-200">
              <td className="p-2">
                <Link href={`/editor/articles/${row.id}`} className="font-semibold hover:underline">
                  {row.title}
                </Link>
              </td>
              <td className="p-2">{row.boardName}</td>
              <td className="p-2">{row.authorName}</td>
              <td className="p-2">
                {row.submitted ? editorText.status.SUBMITTED : editorText.status[row.status]}
                {row.status === "SCHEDULED" && row.scheduledAt && <span className="block text-muted">{homeText.scheduledFor(formatDateTime(row.scheduledAt))}</span>}
              </td>
              <td className="p-2 whitespace-nowrap">{formatDateTime(row.updatedAt)}</td>
              <td className="p-2 text-right tabular-nums">{row.viewCount.toLocaleString("ko-KR")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PageNav({ search, page, pages }: { search: Search; page: number; pages: number }) {
  return (
    <nav aria-label={homeText.pageNav} className="flex gap-4">
      {page > 1 && (
        <Link href={hrefWith(search, { page: String(page - 1) })} rel="prev">
          {homeText.prev}
        </Link>
      )}
      <span>
        {page} / {pages}
      </span>
      {page < pages && (
        <Link href={hrefWith(search, { page: String(page + 1) })} rel="next">
          {homeText.next}
        </Link>
      )}
    </nav>
  );
}
