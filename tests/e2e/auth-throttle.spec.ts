import { expect, test } from "@playwright/test";
import { createUser, fillLogin, randomIp, uniqueId } from "./auth-helpers";

const INVALID = "아이디 또는 비밀번호가 올바르지 않습니다.";
const THROTTLED = "로그인 시도가 너무 많습니다. 15분 후에 다시 시도해 주세요.";

// Per-account throttling in a real browser. Each context claims its own client address
// (X-Forwarded-For) so the per-IP rule — covered by Vitest — neither triggers here nor locks
// 127.0.0.1 for the other specs.
test("10 failures lock the account for 15 minutes, even for the right password", async ({ browser }) => {
  test.setTimeout(90_000);
  const loginId = uniqueId("e2ethr");
  await createUser(loginId, "right-password-1");

  const unknown = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const unknownPage = await unknown.newPage();
  await unknownPage.goto("/login");
  await fillLogin(unknownPage, uniqueId("nobody"), "whatever");
  await expect(unknownPage.getByText(INVALID), "an unknown id gets the same message").toBeVisible();
  await unknown.close();

  for (let i = 0; i < 10; i++) {
    // A fresh address per attempt: only the account's count can reach 10.
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `203.0.113.${10 + i}` } });
    const page = await context.newPage();
    await page.goto("/login");
    await fillLogin(page, loginId, `wrong-${i}`);
    await expect(page.getByText(INVALID)).toBeVisible();
    await context.close();
  }

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": randomIp() } });
  const page = await context.newPage();
  await page.goto("/login?next=%2Feditor%2Faccount");
  await fillLogin(page, loginId, "right-password-1");
  await expect(page.getByText(THROTTLED)).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect((await context.cookies()).some((c) => c.name === "ln_session")).toBe(false);
  await context.close();
});
