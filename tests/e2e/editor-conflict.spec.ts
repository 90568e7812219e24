import { expect, test } from "@playwright/test";
import { articleIdFrom, bodyEditor, fillArticle, signInAs, uniqueTitle } from "./editor-helpers";

// Two editors open the same article; the second save is stale. It must get the conflict view
// with both texts, keep its own text in the form, and lose neither.

test("a stale save gets the conflict view and neither text is lost", async ({ browser }) => {
  test.setTimeout(60_000);
  const first = await browser.newPage();
  await signInAs(first, "editor", "/editor/articles/new");
  const title = uniqueTitle("동시 편집 기사");
  await fillArticle(first, title, "경제", "처음 쓴 본문입니다.");
  await Promise.all([first.waitForURL(/done=published/), first.getByRole("button", { name: "발행", exact: true }).click()]);
  const id = articleIdFrom(first.url());

  const second = await browser.newPage();
  await signInAs(second, "admin", `/editor/articles/${id}`);
  await expect(bodyEditor(second)).toContainText("처음 쓴 본문입니다.");

  // The first editor saves a change…
  await bodyEditor(first).click();
  await first.keyboard.press("End");
  await first.keyboard.insertText(" 먼저 저장한 문장.");
  await Promise.all([first.waitForURL(/done=saved/), first.getByRole("button", { name: "저장", exact: true }).click()]);

  // …while the second, still on version 1, writes something else and saves.
  await bodyEditor(second).click();
  await second.keyboard.press("End");
  await second.keyboard.insertText(" 나중에 저장한 문장.");
  await second.getByRole("button", { name: "저장", exact: true }).click();

  const conflict = second.getByRole("alert").filter({ has: second.getByRole("heading", { name: "다른 사람이 먼저 저장했습니다" }) });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("region", { name: /먼저 저장된 글/ })).toContainText("먼저 저장한 문장.");
  await expect(conflict.getByRole("region", { name: "내 글" })).toContainText("나중에 저장한 문장.");
  await expect(conflict.getByRole("region", { name: "바뀐 부분" })).toContainText("나중에 저장한 문장.");
  // My text is still in the form, and kept as a draft copy too.
  await expect(bodyEditor(second)).toContainText("나중에 저장한 문장.");
  const snapshot = conflict.getByRole("link", { name: /임시저장 사본/ });
  await expect(snapshot).toBeVisible();

  // Saving mine over theirs goes through; theirs stays in the revision list.
  await Promise.all([second.waitForURL(/done=saved/), conflict.getByRole("button", { name: "내 글로 저장하기" }).click()]);
  await expect(bodyEditor(second)).toContainText("나중에 저장한 문장.");
  const revisions = second.getByRole("complementary", { name: "고친 기록" });
  await expect(revisions.getByRole("listitem")).toHaveCount(3);
  const published = await (await second.request.get(`/article/${id}`)).text();
  expect(published).toContain("나중에 저장한 문장.");

  // The first editor's text is still there as version 2.
  await first.goto(`/editor/articles/${id}`);
  await Promise.all([first.waitForURL(/done=reverted/), first.getByRole("button", { name: "2판으로 되돌리기" }).click()]);
  await expect(bodyEditor(first)).toContainText("먼저 저장한 문장.");
  await first.close();
  await second.close();
});
