import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { demoPasswordAccounts, demoPasswordRefusal, demoPasswordsAllowed, knownDemoPasswords, shouldSeedDemo } from "@/lib/seed/demo-safety";
import { createTestPool, testDatabaseUrl, truncateAll } from "../../../setup/db";

// Audit: `npm start` and `npm run build` seeded admin/demo1234! into any empty DATABASE_URL.
const pool = createTestPool();

beforeEach(async () => {
  await truncateAll(pool);
});

afterAll(async () => {
  await pool.end();
});

describe("demo content and demo passwords (production safety)", () => {
  it("seeds the demo newsroom only into the embedded database, or when asked", () => {
    expect(shouldSeedDemo({}, true)).toBe(true);
    expect(shouldSeedDemo({}, false)).toBe(false);
    expect(shouldSeedDemo({ SEED_DEMO: "1" }, false)).toBe(true);
    expect(shouldSeedDemo({ SEED_DEMO: "0" }, true)).toBe(false);
  });

  it("allows demo passwords only outside production, on the embedded database, or when the operator says so", () => {
    expect(demoPasswordsAllowed({ NODE_ENV: "production" })).toBe(false);
    expect(demoPasswordsAllowed({ NODE_ENV: "production", LOCAL_NEWS_EMBEDDED_DATABASE: "1" })).toBe(true);
    expect(demoPasswordsAllowed({ NODE_ENV: "production", SEED_DEMO: "1" })).toBe(true);
    expect(demoPasswordsAllowed({ NODE_ENV: "production", ALLOW_DEMO_PASSWORDS: "1" })).toBe(true);
    expect(demoPasswordsAllowed({ NODE_ENV: "development" })).toBe(true);
  });

  it("finds enabled accounts that still have a known demo password, and says what to do", async () => {
    const add = async (login: string, password: string, disabled = false) =>
      pool.query("INSERT INTO users (login_id, display_name, password_hash, role, disabled, updated_at) VALUES ($1, $1, $2, 'ADMIN', $3, now())", [login, await hashPassword(password), disabled]);
    await add("admin", "demo1234!");
    await add("editor", "a-real-password-9");
    await add("old", "demo1234!", true);
    await add("reporter", "custom-demo-pw");
    const passwords = knownDemoPasswords({ DEMO_PASSWORD: "custom-demo-pw" });
    const found = await demoPasswordAccounts(testDatabaseUrl(), passwords);
    expect(found).toEqual(["admin", "reporter"]);
    const message = demoPasswordRefusal(found);
    expect(message).toContain('"admin"');
    expect(message).toContain("/editor/users");
    expect(message).toContain("SEED_DEMO=1");
    expect(message).not.toContain("undefined");
  });
});
