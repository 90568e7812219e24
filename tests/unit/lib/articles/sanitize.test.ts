import { describe, expect, it } from "vitest";
import { sanitizeArticleHtml } from "@/lib/articles/sanitize";

// Payloads in the style of the OWASP XSS filter evasion cheat sheet. Whatever survives must
// carry no script, no event handler, no javascript:/data:/vbscript: URL, no style.
const PAYLOADS = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<IMG SRC=javascript:alert('XSS')>`,
  `<IMG SRC=JaVaScRiPt:alert('XSS')>`,
  `<IMG SRC=\`javascript:alert("RSnake says, 'XSS'")\`>`,
  `<a onmouseover="alert(document.cookie)">xxs link</a>`,
  `<IMG """><SCRIPT>alert("XSS")</SCRIPT>">`,
  `<IMG SRC=# onmouseover="alert('xxs')">`,
  `<IMG SRC= onmouseover="alert('xxs')">`,
  `<IMG onmouseover="alert('xxs')">`,
  `<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>`,
  `<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">`,
  `<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>`,
  `<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74&#x28&#x27&#x58&#x53&#x53&#x27&#x29>`,
  `<IMG SRC="jav	ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x09;ascript:alert('XSS');">`,
  `<IMG SRC="jav&#x0A;ascript:alert('XSS');">`,
  `<IMG SRC=" &#14;  javascript:alert('XSS');">`,
  `<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>`,
  `<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^\`=alert("XSS")>`,
  `<<SCRIPT>alert("XSS");//\\<</SCRIPT>`,
  `<SCRIPT SRC=http://xss.rocks/xss.js?< B >`,
  `<IMG SRC="\`<javascript:alert>\`('XSS')"`,
  `<iframe src=http://xss.rocks/scriptlet.html <`,
  `</TITLE><SCRIPT>alert("XSS");</SCRIPT>`,
  `<INPUT TYPE="IMAGE" SRC="javascript:alert('XSS');">`,
  `<BODY BACKGROUND="javascript:alert('XSS')">`,
  `<IMG DYNSRC="javascript:alert('XSS')">`,
  `<IMG LOWSRC="javascript:alert('XSS')">`,
  `<STYLE>li {list-style-image: url("javascript:alert('XSS')");}</STYLE><UL><LI>XSS</br>`,
  `<svg/onload=alert('XSS')>`,
  `<svg><script>alert(1)</script></svg>`,
  `<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>`,
  `<BODY ONLOAD=alert('XSS')>`,
  `<BGSOUND SRC="javascript:alert('XSS');">`,
  `<BR SIZE="&{alert('XSS')}">`,
  `<LINK REL="stylesheet" HREF="javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert('XSS');">`,
  `<META HTTP-EQUIV="refresh" CONTENT="0;url=data:text/html base64,PHNjcmlwdD5hbGVydCgnWFNTJyk8L3NjcmlwdD4K">`,
  `<IFRAME SRC="javascript:alert('XSS');"></IFRAME>`,
  `<FRAMESET><FRAME SRC="javascript:alert('XSS');"></FRAMESET>`,
  `<TABLE BACKGROUND="javascript:alert('XSS')">`,
  `<DIV STYLE="background-image: url(javascript:alert('XSS'))">`,
  `<DIV STYLE="width: expression(alert('XSS'));">`,
  `<p style="color:red;background:url(javascript:alert(1))">styled</p>`,
  `<!--[if gte IE 4]><SCRIPT>alert('XSS');</SCRIPT><![endif]-->`,
  `<BASE HREF="javascript:alert('XSS');//">`,
  `<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>`,
  `<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" AllowScriptAccess="always"></EMBED>`,
  `<a href="javascript:alert(1)">click</a>`,
  `<a href="JAVASCRIPT:alert(1)">click</a>`,
  `<a href="  javascript:alert(1)">click</a>`,
  `<a href="java&#x09;script:alert(1)">click</a>`,
  `<a href="&#106;avascript:alert(1)">click</a>`,
  `<a href="vbscript:msgbox(1)">click</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">click</a>`,
  `<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">`,
  `<img src="http://insecure.example/a.png" alt="x">`,
  `<img src="/media/../../etc/passwd" alt="x">`,
  `<img src="/media/a.jpg" srcset="javascript:alert(1) 1x" alt="x">`,
  `<picture><source srcset="javascript:alert(1)" type="image/webp"><img src="/media/a.jpg" alt="x"></picture>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<details open ontoggle=alert(1)>`,
  `<video><source onerror="alert(1)"></video>`,
  `<audio src=x onerror=alert(1)>`,
  `<marquee onstart=alert(1)>`,
  `<x onclick=alert(1)>click me</x>`,
  `<p onclick="alert(1)" class="x" id="y" data-x="1">text</p>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>">`,
  `<template><script>alert(1)</script></template>`,
  `<a href="//evil.example/x">protocol-relative</a>`,
  `<img src="https://ok.example/a.png" onerror="alert(1)" style="x" alt="ok">`,
];

const DANGER = [
  /<script/i,
  /<style/i,
  /<iframe/i,
  /<svg/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<meta/i,
  /<link/i,
  /<base/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /vbscript:/i,
  /data:/i,
  /style=/i,
  /\bclass=/i,
  /\bid=/i,
  /href="\/\//i,
  /src="http:/i,
];

describe("sanitizeArticleHtml", () => {
  it.each(PAYLOADS)("neutralises %s", (payload) => {
    const out = sanitizeArticleHtml(payload);
    for (const pattern of DANGER) expect(out, `${pattern} in ${out}`).not.toMatch(pattern);
  });

  it("keeps what the editor produces", () => {
    const html =
      '<h2>제목</h2><p><strong>굵게</strong> <em>기울임</em> <u>밑줄</u> <s>취소</s></p>' +
      "<ul><li><p>하나</p></li></ul><ol><li><p>둘</p></li></ol><blockquote><p>인용</p></blockquote><hr>" +
      '<p>줄<br>바꿈 <a href="/board/news">내부</a> <a href="mailto:desk@example.kr">메일</a></p>';
    const out = sanitizeArticleHtml(html);
    expect(out).toBe(
      '<h2>제목</h2><p><strong>굵게</strong> <em>기울임</em> <u>밑줄</u> <s>취소</s></p>' +
        "<ul><li><p>하나</p></li></ul><ol><li><p>둘</p></li></ol><blockquote><p>인용</p></blockquote><hr />" +
        '<p>줄<br />바꿈 <a href="/board/news">내부</a> <a href="mailto:desk@example.kr">메일</a></p>',
    );
  });

  it("marks external links noopener nofollow and drops other rel values", () => {
    const out = sanitizeArticleHtml('<p><a href="https://example.com/x" rel="opener" target="_blank">외부</a></p>');
    expect(out).toBe('<p><a href="https://example.com/x" rel="noopener nofollow">외부</a></p>');
  });

  it("keeps our image figure with its responsive sources", () => {
    const html =
      '<figure><picture><source srcset="/media/images/a/480.avif 480w, /media/images/a/960.avif 960w" type="image/avif" sizes="(max-width: 960px) 100vw, 960px">' +
      '<img src="/media/images/a/960.jpeg" srcset="/media/images/a/480.jpeg 480w" sizes="100vw" width="960" height="640" alt="시청 전경" loading="lazy"></picture>' +
      "<figcaption>시청 전경</figcaption></figure>";
    const out = sanitizeArticleHtml(html);
    expect(out).toContain('<source srcset="/media/images/a/480.avif 480w, /media/images/a/960.avif 960w" type="image/avif"');
    expect(out).toContain('src="/media/images/a/960.jpeg"');
    expect(out).toContain('width="960" height="640" alt="시청 전경" loading="lazy"');
    expect(out).toContain("<figcaption>시청 전경</figcaption>");
  });

  it("keeps a numeric data-image-id on images and nothing else data-*", () => {
    expect(sanitizeArticleHtml('<img src="/media/images/1/960.jpeg" alt="a" data-image-id="12" data-x="1">')).toBe(
      '<img src="/media/images/1/960.jpeg" alt="a" loading="lazy" data-image-id="12" />',
    );
    expect(sanitizeArticleHtml('<img src="/media/a.jpeg" alt="a" data-image-id="1 onerror=alert(1)">')).toBe(
      '<img src="/media/a.jpeg" alt="a" loading="lazy" />',
    );
  });

  it("drops images from unsafe places and sources with bad types", () => {
    expect(sanitizeArticleHtml('<p>사진<img src="http://x.example/a.png" alt="a"></p>')).toBe("<p>사진</p>");
    expect(sanitizeArticleHtml('<img src="/etc/passwd" alt="a">')).toBe("");
    expect(sanitizeArticleHtml('<img src="https://cdn.example/a.png" width="abc" alt="a">')).toBe(
      '<img src="https://cdn.example/a.png" alt="a" loading="lazy" />',
    );
    expect(sanitizeArticleHtml('<picture><source srcset="/media/a.webp" type="text/html"></picture>')).toBe(
      '<picture><source srcset="/media/a.webp" /></picture>',
    );
  });

  it("maps headings outside the allowlist onto h2/h3 and keeps their text", () => {
    expect(sanitizeArticleHtml("<h1>큰</h1><h4>작은</h4><div>블록</div>")).toBe("<h2>큰</h2><h3>작은</h3>블록");
  });

  it("escapes text so markup in text stays text", () => {
    expect(sanitizeArticleHtml("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>")).toBe("<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>");
  });
});
