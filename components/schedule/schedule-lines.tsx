import { formatScheduleLine } from "@/lib/schedule/format";
import type { ScheduleItem } from "@/lib/schedule/queries";

/** The day's entries as the newsroom writes them: `▲ 08:30 - 간부회의, 부시장실, 9명, …`. */
export function ScheduleLines({ entries, className }: { entries: readonly ScheduleItem[]; className?: string }) {
  return (
    <ul className={className ?? "space-y-2"}>
      {entries.map((entry) => (
        <li key={entry.id} className="leading-relaxed">
          {formatScheduleLine(entry)}
        </li>
      ))}
    </ul>
  );
}
