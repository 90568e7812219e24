import { expect, test, type APIRequestContext } from "@playwright/test";
import { publishAsEditor, signInAs, uniqueTitle } from "../editor-helpers";

// A reader coming back sends the page's ETag; the edge answers 304 while the page is unchanged
// and the new page, with a new ETag, once it changed. The ETag is computed once, when the
// origin stores the page (lib/cache/handler.mjs), so a validator that outlived its page would
// keep readers on an old version: the edit below must change it.

async function validatorOf(request: APIRequestContext, path: string, wanted: string): Promise<string> {
  let etag: string | undefined;
  // The edge's first copy of a changed page is the origin's fresh render, which goes out before
  // it is stored and so without an ETag (kept like any other copy, so that the edge can serve
  // it while every server is down). Purging it, as the site's own purges do, makes the edge
  // take the stored page, which has one.
  await expect
    .poll(
      async () => {
        const response = await request.get(path);
        etag = response.headers()["etag"];
        if (!etag) await request.get(`/_purge${path}`);
        return Boolean(etag) && (await response.text()).includes(wanted);
      },
      { timeout: 10_000, intervals: [100] },
    )
    .toBe(true);
  return etag!;
}

test("an unchanged article answers a returning reader 304, an edited one the new page under a new ETag", async ({ browser, page, request }) => {
  test.setTimeout(60_000);
  const title = uniqueTitle("조건부 요청 시험");
  const id = await publishAsEditor(browser, title, "행정", "다시 온 독자에게는 304로 답합니다.");
  const path = `/article/${id}`;

  const before = await validatorOf(request, path, title);
  const again = await request.get(path, { headers: { "if-none-match": before } });
  expect(again.status()).toBe(304);
  expect(await again.body()).toHaveLength(0);

  await signInAs(page, "editor", `/editor/articles/${id}`);
  await page.getByLabel("제목", { exact: true }).fill(`${title} 고침`);
  await Promise.all([page.waitForURL(/done=saved/), page.getByRole("button", { name: "저장", exact: true }).click()]);

  const after = await validatorOf(request, path, `${title} 고침`);
  expect(after).not.toBe(before);
  const stale = await request.get(path, { headers: { "if-none-match": before } });
  expect(stale.status()).toBe(200);
  expect(await stale.text()).toContain(`${title} 고침`);
});
