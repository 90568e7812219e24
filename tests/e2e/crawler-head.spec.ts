import { expect, test, type APIRequestContext } from "@playwright/test";

// What crawlers and link previews read from <head>. Fetched as plain HTML with an ordinary
// mobile Chrome user agent (as Lighthouse sends): metadata must not be streamed into <body>.
const MOBILE_CHROME =
  "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

type Head = { html: string; head: string; body: string };

async function fetchHead(request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path, { headers: { "user-agent": MOBILE_CHROME } });
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const end = html.indexOf("</head>");
  expect(end, `${path} has a </head>`).toBeGreaterThan(0);
  return { html, head: html.slice(0, end), body: html.slice(end) };
}

function all(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(new RegExp(pattern.source, "g"))].map((m) => m[1] ?? m[0]);
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`${name}="([^"]*)"`).exec(tag)?.[1];
}

function expectBasics({ html, head, body }: Head, path: string): { canonical: string } {
  expect(html, path).toMatch(/<html[^>]* lang="ko"/);
  expect(all(html, /<title[ >]/), `${path}: one <title>`).toHaveLength(1);
  expect(all(head, /<title>[^<]+<\/title>/), `${path}: <title> in <head>`).toHaveLength(1);
  const descriptions = all(head, /<meta name="description"[^>]*>/);
  expect(descriptions, `${path}: one description`).toHaveLength(1);
  expect(attr(descriptions[0]!, "content")?.length, path).toBeGreaterThan(5);
  expect(all(body, /<meta name="description"/), `${path}: no description in <body>`).toHaveLength(0);
  const canonicals = all(head, /<link rel="canonical"[^>]*>/);
  expect(canonicals, `${path}: one canonical`).toHaveLength(1);
  // The site feed survives pages that set their own alternates.
  expect(all(head, /<link rel="alternate" type="application\/rss\+xml"[^>]*href="[^"]*\/rss\.xml"/).length, `${path}: RSS link`).toBeGreaterThanOrEqual(1);
  for (const property of ["og:title", "og:description", "og:url", "og:image", "og:type", "og:site_name"]) {
    expect(all(head, new RegExp(`<meta property="${property}"`)).length, `${path}: ${property}`).toBeGreaterThanOrEqual(1);
  }
  expect(all(head, /<meta name="twitter:card" content="summary_large_image"/), `${path}: twitter card`).toHaveLength(1);
  return { canonical: attr(canonicals[0]!, "href")! };
}

async function firstArticlePath(request: APIRequestContext): Promise<string> {
  const html = await (await request.get("/board/news")).text();
  const href = /href="(\/article\/\d+)"/.exec(html)?.[1];
  expect(href).toBeTruthy();
  return href!;
}

test("article page head: one title, description, canonical, OpenGraph, Twitter, JSON-LD", async ({ request, page }) => {
  const path = await firstArticlePath(request);
  const head = await fetchHead(request, path);
  const { canonical } = expectBasics(head, path);
  expect(new URL(canonical).pathname).toBe(path);
  expect(head.head).toContain('<meta property="og:type" content="article"');
  expect(head.head).toMatch(/<meta property="article:published_time" content="[^"]+\+09:00"/);
  expect(head.head).toMatch(/<link rel="alternate" type="application\/rss\+xml" href="[^"]*\/board\/news\/rss\.xml"/);

  const scripts = all(head.html, /<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  const data = scripts.flatMap((s) => JSON.parse(s) as unknown[]) as Array<Record<string, unknown>>;
  const news = data.find((d) => d["@type"] === "NewsArticle");
  expect(news).toBeTruthy();
  for (const field of ["headline", "image", "datePublished", "dateModified", "author", "publisher"]) expect(news![field], field).toBeTruthy();
  expect(String(news!.datePublished)).toMatch(/\+09:00$/);
  expect(String(news!.dateModified)).toMatch(/\+09:00$/);
  const crumbs = data.find((d) => d["@type"] === "BreadcrumbList");
  expect((crumbs?.itemListElement as unknown[]).length).toBe(3);

  // The share card is a PNG.
  const ogImage = attr(all(head.head, /<meta property="og:image"[^>]*>/)[0]!, "content")!;
  const image = await request.get(new URL(ogImage).pathname + new URL(ogImage).search);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  // And as the browser sees it.
  await page.goto(path);
  await expect(page.locator("head title")).toHaveCount(1);
  await expect(page.locator('head meta[name="description"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="canonical"]')).toHaveCount(1);
});

test("home, board pages, search and schedule have their own canonical and keep the feed link", async ({ request }) => {
  const home = expectBasics(await fetchHead(request, "/"), "/");
  expect(new URL(home.canonical).pathname).toBe("/");

  const first = await fetchHead(request, "/board/news");
  expect(new URL(expectBasics(first, "/board/news").canonical).search).toBe("");
  expect(first.head).toMatch(/<link rel="next" href="[^"]*\/board\/news\?page=2"/);
  expect(first.head).not.toMatch(/<link rel="prev"/);

  const second = await fetchHead(request, "/board/news?page=2");
  const canonical = new URL(expectBasics(second, "/board/news?page=2").canonical);
  expect(canonical.pathname + canonical.search).toBe("/board/news?page=2");
  expect(second.head).toMatch(/<link rel="prev" href="[^"]*\/board\/news"/);
  expect(second.head).toMatch(/<link rel="next" href="[^"]*\/board\/news\?page=3"/);

  const search = await fetchHead(request, "/search?q=%EA%B3%B5%EA%B3%B5");
  expectBasics(search, "/search");
  expect(search.head).toContain('<meta name="robots" content="noindex, follow"');

  const schedule = expectBasics(await fetchHead(request, "/schedule"), "/schedule");
  expect(new URL(schedule.canonical).pathname).toBe("/schedule");
});
