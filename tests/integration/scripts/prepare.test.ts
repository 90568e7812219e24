import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { testServerUrl } from "../../setup/db";

vi.mock("server-only", () => ({}));

// What `npm start` does with a DATABASE_URL it is given (audit: "production safety"): the demo
// newsroom, with its README password, went into any empty database.
const name = `localnews_prepare_${Date.now()}`;
let url: string;
const saved = { ...process.env };

async function admin<T>(fn: (client: pg.Client) => Promise<T>, database = testServerUrl()): Promise<T> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(testServerUrl());
  u.pathname = `/${name}`;
  url = u.toString();
});

afterAll(async () => {
  process.env = saved;
  await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
});

describe("npm start on a DATABASE_URL", () => {
  it("migrates but seeds no demo content unless asked, and refuses to run with a demo password", async () => {
    process.env = { ...saved, DATABASE_URL: url };
    delete process.env.SEED_DEMO;
    delete process.env.ALLOW_DEMO_PASSWORDS;
    delete process.env.RECORD_DATABASE_URL_TO;
    const { prepareDatabase } = await import("../../../scripts/prepare");
    await prepareDatabase();
    expect((await admin((c) => c.query<{ n: number }>("SELECT count(*)::int AS n FROM boards"), url)).rows[0]!.n).toBe(0);
    expect((await admin((c) => c.query<{ n: number }>("SELECT count(*)::int AS n FROM users"), url)).rows[0]!.n).toBe(0);

    // Someone ran `npm run db:seed` on the real database and forgot the passwords.
    const hash = await hashPassword("demo1234!");
    await admin((c) => c.query("INSERT INTO users (login_id, display_name, password_hash, role, updated_at) VALUES ('admin', '관리자', $1, 'ADMIN', now())", [hash]), url);
    await expect(prepareDatabase()).rejects.toThrow(/Refusing to start in production: the account "admin" still has the demo password/);

    process.env.SEED_DEMO = "1";
    await expect(prepareDatabase()).resolves.toMatchObject({ url });
  });
});
