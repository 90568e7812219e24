import { ScheduleLines } from "./schedule-lines";
import type { ScheduleDay, ScheduleNeighbors } from "@/lib/schedule/queries";
import { shortDayLabel } from "@/lib/schedule/days";
import { schedulePages as schedulePagesText } from "@/lib/strings";

/** A day's schedule page body: title, `▲` lines, the post(s), and links to the nearest other days. */
export function ScheduleDayView({ title, day, neighbors }: { title: string; day: ScheduleDay; neighbors: ScheduleNeighbors }) {
  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-xl font-bold sm:text-2xl">{title}</h1>
      {day.entries.length === 0 ? (
        <p className="mt-6">{schedulePagesText.empty}</p>
      ) : (
        <ScheduleLines entries={day.entries} className="mt-6 space-y-2 text-[17px]" />
      )}
      {day.posts.length > 0 && (
        <ul className="mt-6 space-y-1">
          {day.posts.map((post) => (
            <li key={post.id}>
              <a href={`/article/${post.id}`} className="text-brand underline">
                {schedulePagesText.readPost}
                <span className="sr-only">: {post.title}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={schedulePagesText.dayNav} className="mt-8 flex flex-wrap justify-between gap-4 border-t border-gray-300 pt-4">
        {neighbors.previous ? (
          <a href={`/schedule/${neighbors.previous}`} rel="prev" className="text-brand underline">
            ← {schedulePagesText.previousDay} ({shortDayLabel(neighbors.previous)})
          </a>
        ) : (
          <span />
        )}
        {neighbors.next && (
          <a href={`/schedule/${neighbors.next}`} rel="next" className="text-brand underline">
            {schedulePagesText.nextDay} ({shortDayLabel(neighbors.next)}) →
          </a>
        )}
      </nav>
      <p className="mt-6 text-sm">
        <a href="/schedule.ics" className="text-muted underline">
          {schedulePagesText.subscribe}
        </a>
      </p>
    </article>
  );
}
