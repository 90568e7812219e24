import { describe, expect, it } from "vitest";
import { decodeEntities, escapeHtml, escapeHtmlText, htmlToText, makeExcerpt } from "@/lib/articles/text";

describe("htmlToText", () => {
  it("puts each block on its own line and drops tags", () => {
    const html = "<p>한빛시는 <strong>친절행정</strong>을 추진한다.</p><p>둘째 문단</p><blockquote><p>“인용”</p></blockquote>";
    expect(htmlToText(html)).toBe("한빛시는 친절행정을 추진한다.\n둘째 문단\n“인용”");
  });

  it("keeps figure captions and drops images", () => {
    const html = '<figure><img src="/media/a.jpg" alt="사진"><figcaption>▲ 시청 전경</figcaption></figure><p>본문</p>';
    expect(htmlToText(html)).toBe("▲ 시청 전경\n본문");
  });

  it("decodes entities and collapses whitespace, including NBSP and ideographic spaces", () => {
    expect(htmlToText("<p>A&nbsp;&amp;&nbsp;B &lt;편집부&gt;\u3000 끝 &#54620;&#xBE5B;</p>")).toBe("A & B <편집부> 끝 한빛");
  });

  it("treats <br> as a line break and skips empty blocks", () => {
    expect(htmlToText("<p>첫 줄<br>둘째 줄</p><p> </p><p></p>")).toBe("첫 줄\n둘째 줄");
  });

  it("drops script and style contents and comments", () => {
    expect(htmlToText("<p>a</p><script>alert(1)</script><style>p{}</style><!-- x --><p>b</p>")).toBe("a\nb");
  });

  it("leaves unknown or invalid entities alone", () => {
    expect(decodeEntities("&bogus; &#0; &#xD800; &amp;")).toBe("&bogus; &#0; &#xD800; &");
  });

  it("round-trips escapeHtml and escapeHtmlText", () => {
    const text = `<a href="x">'&'</a>`;
    expect(htmlToText(`<p>${escapeHtml(text)}</p>`)).toBe(text);
    expect(htmlToText(`<p>${escapeHtmlText(text)}</p>`)).toBe(text);
    expect(escapeHtmlText(`"a" & <b>`)).toBe(`"a" &amp; &lt;b&gt;`);
  });
});

describe("makeExcerpt", () => {
  it("returns short text unchanged (whitespace collapsed)", () => {
    expect(makeExcerpt("  짧은\n글  ", 200)).toBe("짧은 글");
  });

  it("cuts on a word boundary and appends an ellipsis", () => {
    const text = "가나다 라마바 사아자 차카타 파하";
    const out = makeExcerpt(text, 10);
    expect(out).toBe("가나다 라마바…");
    expect(Array.from(out).length).toBeLessThanOrEqual(11);
  });

  it("keeps a word that ends exactly at the limit", () => {
    expect(makeExcerpt("가나다 라마바 사아자", 7)).toBe("가나다 라마바…");
  });

  it("cuts inside a single overlong word rather than dropping the text", () => {
    const url = "https://example.com/" + "a".repeat(300);
    const out = makeExcerpt(url, 50);
    expect(Array.from(out).length).toBe(51);
    expect(out.endsWith("…")).toBe(true);
  });

  it("does not leave trailing punctuation before the ellipsis", () => {
    expect(makeExcerpt("하나, 둘, 셋, 넷, 다섯", 8)).toBe("하나, 둘…");
  });

  it("counts code points, not UTF-16 units", () => {
    const text = "😀".repeat(10);
    expect(makeExcerpt(text, 10)).toBe(text);
    expect(Array.from(makeExcerpt("😀".repeat(30), 10)).length).toBe(11);
  });

  it("makes ~200-character excerpts of real bodies", () => {
    const body = "한빛시는 2018년 민선7기 출범과 함께 ‘매우 친절한 한빛시청 만들기’를 핵심공약으로 선정하고 품격 높은 친절향상에 노력하고 있다. ".repeat(5);
    const out = makeExcerpt(body, 200);
    expect(Array.from(out).length).toBeLessThanOrEqual(201);
    expect(Array.from(out).length).toBeGreaterThan(150);
    expect(out.endsWith("…")).toBe(true);
    expect(body.startsWith(out.slice(0, -1))).toBe(true);
  });
});
