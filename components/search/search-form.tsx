import { reader } from "@/lib/strings";

type Props = { action?: string; defaultValue?: string; label?: string; id?: string };

// A plain GET form: searching works without JavaScript and results have shareable URLs.
export function SearchForm({ action = "/search", defaultValue = "", label = reader.searchLabel, id = "site-search" }: Props) {
  return (
    <form action={action} method="get" role="search" className="flex w-full max-w-sm gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        placeholder={reader.searchPlaceholder}
        maxLength={100}
        className="min-h-11 min-w-0 flex-1 rounded border border-gray-500 bg-white px-3 text-[16px]"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded bg-brand px-4 font-semibold text-white hover:bg-[#084a8a]">
        {reader.search}
      </button>
    </form>
  );
}
