import { TitledSection } from "@/components/ui/titled-section";
import { listMostRead } from "@/lib/views/queries";
import { MOST_READ_SHOWN, type MostReadPeriod } from "@/lib/views/most-read";
import { reader } from "@/lib/strings";

const PERIODS: MostReadPeriod[] = ["day", "week"];

/** 많이 본 뉴스: today's and this week's ranking, from the worker's table (cached, `most-read`). */
export async function MostRead({ id = "most-read" }: { id?: string }) {
  const ranking = await listMostRead();
  const empty = PERIODS.every((period) => ranking[period].length === 0);
  return (
    <TitledSection id={`${id}-heading`} title={reader.mostRead} className="print:hidden" headingClassName="border-b-2 border-ink pb-2 text-lg font-bold">
      {empty ? (
        <p className="mt-3 text-[15px] text-muted">{reader.mostReadEmpty}</p>
      ) : (
        PERIODS.map((period) => {
          const items = ranking[period].slice(0, MOST_READ_SHOWN);
          if (items.length === 0) return null;
          return (
            <div key={period} className="mt-3">
              <h3 className="text-[15px] font-bold text-muted">{reader.mostReadPeriods[period]}</h3>
              <ol className="mt-1 space-y-1.5">
                {items.map((item) => (
                  <li key={item.id} className="flex gap-2 text-[15px] leading-snug">
                    <span className="w-5 shrink-0 text-right font-bold text-brand" aria-hidden="true">
                      {item.rank}
                    </span>
                    <a href={`/article/${item.id}`} className="line-clamp-2 text-ink hover:text-brand hover:underline">
                      {item.title}
                    </a>
                  </li>
                ))}
              </ol>
            </div>
          );
        })
      )}
    </TitledSection>
  );
}
