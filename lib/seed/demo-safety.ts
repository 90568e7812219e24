import pg from "pg";
import { verifyPassword } from "../auth/password.ts";
import { DEFAULT_DEMO_PASSWORD } from "./demo-password.ts";

// The demo newsroom signs in with a password printed in the README. That is fine on the
// embedded database `npm start` makes for trying the site, and nowhere else: demo content goes
// into a DATABASE_URL only when asked (SEED_DEMO=1, or `npm run db:seed`), and a production
// process refuses to start while any enabled account still has a demo password — unless the
// operator says this is a demo site (SEED_DEMO=1 or ALLOW_DEMO_PASSWORDS=1).

type Env = Record<string, string | undefined>;

/** Set by `npm start`/`npm run start:cluster` for their children when the database is the embedded one. */
export const EMBEDDED_DATABASE_FLAG = "LOCAL_NEWS_EMBEDDED_DATABASE";

export function shouldSeedDemo(env: Env, embedded: boolean): boolean {
  if (env.SEED_DEMO === "0") return false;
  return embedded || env.SEED_DEMO === "1";
}

/** Whether demo passwords are acceptable: the embedded demo database, or an operator who said so. */
export function demoPasswordsAllowed(env: Env): boolean {
  return env.NODE_ENV !== "production" || env[EMBEDDED_DATABASE_FLAG] === "1" || env.SEED_DEMO === "1" || env.ALLOW_DEMO_PASSWORDS === "1";
}

export function knownDemoPasswords(env: Env): string[] {
  return [...new Set([DEFAULT_DEMO_PASSWORD, env.DEMO_PASSWORD].filter((p): p is string => Boolean(p)))];
}

/** Login ids of enabled accounts whose password is a known demo password. */
export async function demoPasswordAccounts(databaseUrl: string, passwords: readonly string[]): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ login_id: string; password_hash: string }>(
      "SELECT login_id, password_hash FROM users WHERE NOT disabled AND password_hash LIKE '$argon2%' ORDER BY login_id LIMIT 200",
    );
    const found: string[] = [];
    for (const row of rows) {
      for (const password of passwords) {
        if (await verifyPassword(row.password_hash, password)) {
          found.push(row.login_id);
          break;
        }
      }
    }
    return found;
  } finally {
    await client.end();
  }
}

export function demoPasswordRefusal(accounts: readonly string[]): string {
  return [
    `Refusing to start in production: ${accounts.length === 1 ? "the account" : "the accounts"} ${accounts.map((a) => `"${a}"`).join(", ")} still ${accounts.length === 1 ? "has" : "have"} the demo password from the README.`,
    "Next step: sign in as an admin and set new passwords on /editor/users (or disable the demo accounts), then start again.",
    "This is a demo site on purpose? Start it with SEED_DEMO=1 (or ALLOW_DEMO_PASSWORDS=1).",
  ].join("\n");
}
