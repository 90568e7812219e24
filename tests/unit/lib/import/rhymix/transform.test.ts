import { describe, expect, it } from "vitest";
import { boardSlugFromMid, cleanTitle, cleanXeBody, importSchedule, parseXeDate, scheduleDayFromTitle, xeFileKey } from "@/lib/import/rhymix/transform";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";

describe("XE rows → our content", () => {
  it("reads XE's KST dates and refuses what is no date", () => {
    expect(parseXeDate("20250219083000")?.toISOString()).toBe("2025-02-18T23:30:00.000Z");
    expect(parseXeDate("20250219")?.toISOString()).toBe("2025-02-18T15:00:00.000Z");
    for (const bad of ["", null, "00000000000000", "20251399999999", "20250230120000", "2025-02-19 08:30:00", "20252"]) expect(parseXeDate(bad), String(bad)).toBeNull();
  });

  it("makes slugs of mids", () => {
    expect(boardSlugFromMid("Notice_Board")).toBe("notice-board");
    expect(boardSlugFromMid("news")).toBe("news");
    expect(boardSlugFromMid("__")).toBe("board");
  });

  it("finds attachments however the body wrote their address", () => {
    for (const url of ["./files/attach/images/101/040/001/a.jpg", "/files/attach/images/101/040/001/a.jpg", "http://old.example.kr/files/attach/images/101/040/001/a.jpg", "files/attach/images/101/040/001/a.jpg?t=1"]) {
      expect(xeFileKey(url), url).toBe("attach/images/101/040/001/a.jpg");
    }
    expect(xeFileKey("https://elsewhere.example/photo.jpg")).toBeNull();
  });

  it("cleans XE editor markup into a body the sanitizer keeps as it is", () => {
    const html =
      '<p style="text-align:center"><img src="./files/attach/images/1/2/x.jpg" alt="사진" editor_component="image_link" style="width:600px"></p>' +
      '<p>&nbsp;</p><div class="xe_content"><p><span style="font-size:12pt">본문 <b>굵게</b></span></p></div><p><br></p>' +
      '<img src="./files/attach/images/1/2/gone.jpg"><p><a href="/files/attach/binaries/1/2/f.pdf" target="_blank">자료</a></p>';
    const body = cleanXeBody(html, (key) =>
      key === "attach/images/1/2/x.jpg" ? { imageId: 7, src: "/media/images/2026/01/u/480.jpg", width: 480, height: 360 } : key.endsWith("f.pdf") ? { href: "/media/files/2026/01/u.pdf" } : null,
    );
    expect(body).toBe(
      '<figure><img src="/media/images/2026/01/u/480.jpg" width="480" height="360" alt="사진" loading="lazy" data-image-id="7" /></figure>' +
        '<p>본문 <strong>굵게</strong></p><p><a href="/media/files/2026/01/u.pdf">자료</a></p>',
    );
    expect(sanitizeArticleHtml(body)).toBe(body);
  });

  it("titles are one line of plain text", () => {
    expect(cleanTitle("  <b>시청</b> &amp; 의회\n소식 ")).toBe("시청 & 의회 소식");
  });

  it("recognises daily schedule posts and their day, across the new year", () => {
    const written = new Date("2025-02-18T22:00:00Z");
    expect(scheduleDayFromTitle("[남원시 오늘의 주요일정] - 2월 19일 수요일", written)).toBe("2025-02-19");
    expect(scheduleDayFromTitle("[남원시 오늘의주요일정] 2월 19일(수)", written)).toBe("2025-02-19");
    expect(scheduleDayFromTitle("[한빛시 오늘의 주요일정] - 1월 2일 금요일", new Date("2025-12-31T03:00:00Z"))).toBe("2026-01-02");
    expect(scheduleDayFromTitle("시청 소식 2월 19일", written)).toBeNull();
  });

  it("parses schedule lines with the editor's parser and keeps the rest as text", () => {
    const result = importSchedule("2025-02-19", "<p>▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장</p><p>[주요일정]</p><p>▲ 종일 - 홍보 주간</p><p>▲ 14:00 - 입학식, 복지관</p>");
    expect(result.entries.map((e) => `${e.time} ${e.event}`)).toEqual(["08:30 간부회의", "14:00 입학식"]);
    expect(result.rejected.map((r) => r.text)).toEqual(["▲ 종일 - 홍보 주간"]);
    expect(result.body).toBe("<p>▲ 08:30 - 간부회의, 부시장실, 9명, 행정지원과, 부시장</p><p>[주요일정]</p><p>▲ 종일 - 홍보 주간</p><p>▲ 14:00 - 입학식, 복지관</p>");
  });
});
