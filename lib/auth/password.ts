// Password hashing: Argon2id (OWASP's minimum profile: 19 MiB, 2 passes) through
// @node-rs/argon2, whose prebuilt binary ships as an npm package. The PHC string it returns
// carries its own parameters and salt, so they can be raised later without breaking old hashes.
import { hash, verify } from "@node-rs/argon2";

// Argon2id is the library's default algorithm (its Algorithm const enum can't be imported
// under isolatedModules), so only the costs are spelled out.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const MAX_PASSWORD_LENGTH = 1024;

export async function hashPassword(plain: string): Promise<string> {
  if (plain.length === 0) throw new Error("Empty password");
  if (plain.length > MAX_PASSWORD_LENGTH) throw new Error("Password too long");
  return hash(plain, OPTIONS);
}

/** True when `plain` matches `storedHash`; false for a wrong password or a malformed hash. */
export async function verifyPassword(storedHash: string, plain: string): Promise<boolean> {
  if (!storedHash.startsWith("$argon2") || plain.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await verify(storedHash, plain);
  } catch {
    return false;
  }
}
