import { z } from "zod";

// Validated once, at first use, so a misconfigured server fails with a clear message.
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  SITE_URL: z.string().url().default("http://localhost:3000"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

let cached: z.infer<typeof envSchema> | undefined;

export function env(): z.infer<typeof envSchema> {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error("DATABASE_URL is not set. Start the site with `npm start`, which provides an embedded database.");
  }
  return url;
}

export function siteUrl(): string {
  return env().SITE_URL.replace(/\/$/, "");
}
