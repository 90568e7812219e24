import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env.ts";

// The key that seals the session cookie and signs next-auth's CSRF token. Operators should
// not have to invent one: NEXTAUTH_SECRET (or AUTH_SECRET) wins when set; otherwise a random
// key is generated once into `<DATA_DIR>/auth-secret` (default .data/) and reused on restart.
// Several app servers must share it: set NEXTAUTH_SECRET, or share the data directory.
// Stealing it would not sign anyone in: the cookie only carries a random session id whose
// database row is checked on every request.
let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const { NEXTAUTH_SECRET, AUTH_SECRET, DATA_DIR } = env();
  const fromEnv = NEXTAUTH_SECRET || AUTH_SECRET;
  if (fromEnv) return (cached = fromEnv);
  const file = path.resolve(DATA_DIR, "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString("base64url") + "\n", { flag: "wx", mode: 0o600 });
    } catch (error) {
      // Another process won the race to create it: read theirs.
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    cached = readFileSync(file, "utf8").trim();
  }
  if (cached.length < 32) throw new Error(`${file} holds a key shorter than 32 characters`);
  return cached;
}
