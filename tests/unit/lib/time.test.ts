import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Each zone runs in its own Node process with TZ set before anything loads, so the formatter
// really runs under that server time zone (setting process.env.TZ late is not reliable).
const root = path.resolve(import.meta.dirname, "../../..");
const script = `
  import { formatDate, formatDateTime, isoSeoul, seoulDay } from "./lib/time.ts";
  const instants = ["2024-06-21T14:50:00Z", "2024-06-21T15:30:00Z", "2024-03-10T07:30:00Z", "2024-11-03T05:59:59Z", "2020-02-18T23:10:00Z"];
  console.log(JSON.stringify({
    zoneOffset: new Date("2024-06-21T14:50:00Z").getTimezoneOffset(),
    rows: instants.map((s) => { const d = new Date(s); return [formatDateTime(d), formatDate(d), seoulDay(d), isoSeoul(d)]; }),
  }));
`;

function formatUnder(tz: string): { zoneOffset: number; rows: string[][] } {
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: root,
    env: { ...process.env, TZ: tz },
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").at(-1) ?? "{}");
}

const expected = [
  ["2024-06-21 23:50", "2024.06.21", "2024-06-21", "2024-06-21T23:50:00+09:00"],
  // 15:30 UTC is already the next day in Seoul.
  ["2024-06-22 00:30", "2024.06.22", "2024-06-22", "2024-06-22T00:30:00+09:00"],
  // US daylight saving starts 2024-03-10; Seoul has none.
  ["2024-03-10 16:30", "2024.03.10", "2024-03-10", "2024-03-10T16:30:00+09:00"],
  ["2024-11-03 14:59", "2024.11.03", "2024-11-03", "2024-11-03T14:59:59+09:00"],
  ["2020-02-19 08:10", "2020.02.19", "2020-02-19", "2020-02-19T08:10:00+09:00"],
];

describe("Asia/Seoul formatting whatever the server's TZ", () => {
  it("under TZ=UTC", () => {
    const result = formatUnder("UTC");
    expect(result.zoneOffset).toBe(0);
    expect(result.rows).toEqual(expected);
  });

  it("under TZ=America/New_York", () => {
    const result = formatUnder("America/New_York");
    expect(result.zoneOffset).toBe(240); // EDT in June: proves the process really runs in New York time
    expect(result.rows).toEqual(expected);
  });
});
