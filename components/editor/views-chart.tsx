import type { DailyViews } from "@/lib/articles/editor-queries";
import { editor as editorText } from "@/lib/strings/editor";

const W = 720;
const H = 200;
const PAD = { top: 12, right: 8, bottom: 28, left: 48 };

const fmt = (n: number) => n.toLocaleString("ko-KR");
const short = (day: string) => `${Number(day.slice(5, 7))}/${Number(day.slice(8, 10))}`;

/**
 * Views per day over 30 days as a server-rendered SVG bar chart. The SVG is decorative for
 * assistive technology (aria-hidden); the same numbers are in a summary and a table.
 */
export function ViewsChart({ days }: { days: DailyViews[] }) {
  const total = days.reduce((sum, d) => sum + d.views, 0);
  const peak = days.reduce<DailyViews | null>((best, d) => (best === null || d.views > best.views ? d : best), null);
  const max = Math.max(1, peak?.views ?? 0);
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const barW = innerW / Math.max(1, days.length);
  return (
    <section aria-labelledby="views-chart-title" className="rounded border border-gray-300 bg-white p-4">
      <h2 id="views-chart-title" className="text-lg font-bold">
        {editorText.home.chartTitle}
      </h2>
      <p className="mt-1 text-sm">{editorText.home.chartSummary(fmt(total), fmt(peak?.views ?? 0), peak ? short(peak.day) : "-")}</p>
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-3 h-auto w-full" aria-hidden="true" focusable="false">
        {[0, 0.5, 1].map((f) => {
          const y = PAD.top + innerH * (1 - f);
          return (
            <g key={f}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} stroke="#ddd" />
              <text x={PAD.left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#555">
                {fmt(Math.round(max * f))}
              </text>
            </g>
          );
        })}
        {days.map((d, i) => {
          const h = (d.views / max) * innerH;
          const x = PAD.left + i * barW;
          return (
            <g key={d.day}>
              <rect x={x + 1} y={PAD.top + innerH - h} width={Math.max(1, barW - 2)} height={h} fill="#0b5cab" />
              {i % 5 === 0 && (
                <text x={x + barW / 2} y={H - 8} textAnchor="middle" fontSize="11" fill="#555">
                  {short(d.day)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ViewsTable days={days} />
    </section>
  );
}

function ViewsTable({ days }: { days: DailyViews[] }) {
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm text-brand">{editorText.home.chartTable}</summary>
      <table className="mt-2 text-sm">
        <caption className="sr-only">{editorText.home.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-6 text-left">
              {editorText.home.day}
            </th>
            <th scope="col" className="text-right">
              {editorText.home.views}
            </th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row" className="pr-6 text-left font-normal">
                {d.day}
              </th>
              <td className="text-right tabular-nums">{fmt(d.views)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
