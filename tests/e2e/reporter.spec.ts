import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { withDatabase } from "./db";
import { signInAs } from "./editor-helpers";

// Reporters: the byline `홍길동 기자 (email)` linking to /reporter/{id}, that page paginated like a
// board, its structured data, and the profile edited on the account page.

type Reporter = { id: number; name: string; email: string; total: number; article: number };

async function demoReporter(): Promise<Reporter> {
  return withDatabase(async (db) => {
    const { rows } = await db.query<Reporter>(
      `SELECT u.id, u.display_name AS name, p.email,
              (SELECT count(*)::int FROM articles a WHERE a.author_id = u.id AND a.status = 'PUBLISHED') AS total,
              (SELECT a.id FROM articles a WHERE a.author_id = u.id AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC LIMIT 1) AS article
         FROM users u JOIN reporter_profiles p ON p.user_id = u.id WHERE u.login_id = 'reporter'`,
    );
    return rows[0]!;
  });
}

function jsonLd(html: string): Array<Record<string, unknown>> {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].flatMap((m) => {
    const data = JSON.parse(m[1]!) as Record<string, unknown> | Array<Record<string, unknown>>;
    return Array.isArray(data) ? data : [data];
  });
}

test("a reporter's byline links to their page, which lists their articles with board-like pagination", async ({ page }) => {
  const reporter = await demoReporter();
  expect(reporter.total).toBeGreaterThan(15);
  const response = await page.goto(`/article/${reporter.article}`);
  const main = page.getByRole("main");
  const byline = main.getByRole("link", { name: `${reporter.name} 기자`, exact: true });
  await expect(byline).toHaveAttribute("href", `/reporter/${reporter.id}`);
  await expect(byline.locator("xpath=..")).toHaveText(`${reporter.name} 기자 (${reporter.email})`);
  await expect(main.getByRole("link", { name: reporter.email })).toHaveAttribute("href", `mailto:${reporter.email}`);
  const news = jsonLd((await response!.text()) ?? "").find((d) => d["@type"] === "NewsArticle");
  expect(news?.author).toEqual([{ "@type": "Person", name: reporter.name, url: expect.stringMatching(new RegExp(`/reporter/${reporter.id}$`)) }]);

  await byline.click();
  await expect(page).toHaveURL(new RegExp(`/reporter/${reporter.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${reporter.name} 기자`);
  await expect(page.getByRole("main").getByRole("link", { name: reporter.email })).toBeVisible();
  await expect(page.getByText(`기사 ${reporter.total.toLocaleString("ko-KR")}건`)).toBeVisible();
  const pager = page.getByRole("navigation", { name: "페이지" });
  await expect(pager.getByRole("link", { name: "1", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager.getByRole("link", { name: "다음", exact: true })).toHaveAttribute("rel", "next");
  await expect(page.getByRole("main").getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(15);

  await pager.getByRole("link", { name: "2", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/reporter/${reporter.id}\\?page=2$`));
  const pager2 = page.getByRole("navigation", { name: "페이지" });
  await expect(pager2.getByRole("link", { name: "2", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(pager2.getByRole("link", { name: "이전", exact: true })).toHaveAttribute("rel", "prev");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/reporter/${reporter.id}\\?page=2$`));
});

test("reporter pages: structured data, sitemap, and real 404s", async ({ request }) => {
  const reporter = await demoReporter();
  const html = await (await request.get(`/reporter/${reporter.id}`)).text();
  const profile = jsonLd(html).find((d) => d["@type"] === "ProfilePage");
  expect(profile?.mainEntity).toMatchObject({ "@type": "Person", name: reporter.name, email: `mailto:${reporter.email}` });

  const pages = await (await request.get("/sitemaps/pages.xml")).text();
  expect(pages).toMatch(new RegExp(`<loc>[^<]+/reporter/${reporter.id}</loc>\\s*<lastmod>[^<]+\\+09:00</lastmod>`));

  const last = Math.ceil(reporter.total / 15);
  expect((await request.get(`/reporter/${reporter.id}?page=${last}`)).status()).toBe(200);
  for (const path of [`/reporter/${reporter.id}?page=${last + 1}`, "/reporter/2147483000", "/reporter/abc"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text(), path).toContain("페이지를 찾을 수 없습니다");
  }
});

test("a reporter edits their profile on the account page: bylines and their page follow", async ({ page, browser }) => {
  const reporter = await demoReporter();
  await signInAs(page, "reporter", "/editor/account");
  const section = page.getByRole("region", { name: "기자 소개" });
  const bio = `오늘의 소개 ${Date.now().toString(36)}`;
  await section.getByLabel("이메일", { exact: true }).fill("틀린주소");
  await section.getByRole("button", { name: "소개 저장" }).click();
  await expect(section.getByText("이메일 주소 형식이 올바르지 않습니다.")).toBeVisible();

  const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: "#5a8" } }).png().toBuffer();
  await section.getByLabel("이메일", { exact: true }).fill("hl@example.com");
  await section.getByLabel("소개", { exact: true }).fill(bio);
  await section.getByLabel("사진", { exact: true }).setInputFiles({ name: "me.png", mimeType: "image/png", buffer: png });
  await section.getByRole("button", { name: "소개 저장" }).click();
  await expect(section.getByRole("status")).toHaveText("기자 소개를 저장했습니다.");

  const reader = await browser.newPage();
  await expect
    .poll(async () => {
      await reader.goto(`/reporter/${reporter.id}`);
      return reader.getByRole("main").getByText(bio).count();
    }, { timeout: 5_000 })
    .toBe(1);
  await expect(reader.getByRole("img", { name: `${reporter.name} 기자 사진` })).toHaveAttribute("width", /\d+/);
  await reader.goto(`/article/${reporter.article}`);
  await expect(reader.getByRole("main").getByRole("link", { name: "hl@example.com" })).toBeVisible();
  await reader.close();

  // Back to the demo profile for the other specs.
  await page.reload();
  await section.getByLabel("이메일", { exact: true }).fill(reporter.email);
  await section.getByLabel("사진 빼기").check();
  await section.getByRole("button", { name: "소개 저장" }).click();
  await expect(section.getByRole("status")).toHaveText("기자 소개를 저장했습니다.");
});
