import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "@/lib/seo/json-ld";
import { scheduleEventsJsonLd } from "@/lib/seo/schedule";

process.env.SITE_URL ??= "http://localhost:3000";

describe("schedule Event JSON-LD", () => {
  it("describes each entry as an Event starting at Seoul time, at its place (the city when none)", () => {
    const events = JSON.parse(
      serializeJsonLd(
        scheduleEventsJsonLd(
          "2026-02-19",
          [
            { id: 1, time: "08:30", event: "간부회의", place: "부시장실", attendees: "9명", department: "행정지원과", host: "부시장" },
            { id: 2, time: "14:00", event: "현장 점검", place: null, attendees: null, department: null, host: null },
          ],
          "남원시",
        ),
      ),
    ) as Array<Record<string, unknown>>;
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "간부회의",
      startDate: "2026-02-19T08:30:00+09:00",
      location: { "@type": "Place", name: "부시장실", address: { "@type": "PostalAddress", addressLocality: "남원시", addressCountry: "KR" } },
      organizer: { "@type": "Organization", name: "행정지원과 부시장" },
      description: "▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장",
      url: expect.stringMatching(/\/schedule\/2026-02-19$/),
    });
    expect(new Date(String(events[0]!.startDate)).toISOString()).toBe("2026-02-18T23:30:00.000Z");
    expect(events[1]).toMatchObject({ name: "현장 점검", startDate: "2026-02-19T14:00:00+09:00", location: { name: "남원시" } });
    expect(events[1]!.organizer).toBeUndefined();
  });
});
