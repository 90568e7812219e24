import { afterEach, describe, expect, it } from "vitest";
import { env, siteUrl } from "@/lib/env";

const saved = { ...process.env };
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

describe("env", () => {
  it("gives every variable its default", () => {
    const vars = env({});
    expect(vars.SITE_URL).toBe("http://localhost:3000");
    expect(vars.DATABASE_POOL_SIZE).toBe(10);
    expect(vars.VIEW_WINDOW_SECONDS).toBe(600);
    expect(vars.SEARCH_QUEUE).toBe(8);
    expect(vars.REDIS_URL).toBeUndefined();
  });

  it("reads numbers as numbers and an empty value as unset", () => {
    const vars = env({ DATABASE_POOL_SIZE: "4", SEARCH_QUEUE: "0", REDIS_URL: "" });
    expect(vars.DATABASE_POOL_SIZE).toBe(4);
    expect(vars.SEARCH_QUEUE).toBe(0);
    expect(vars.REDIS_URL).toBeUndefined();
  });

  it("names every malformed variable at once", () => {
    const read = () => env({ SEARCH_QUEUE: "eight", REDIS_URL: "not a url", DATABASE_POOL_SIZE: "0" });
    expect(read).toThrow(/^Invalid environment:/);
    const message = (() => {
      try {
        read();
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const name of ["SEARCH_QUEUE", "REDIS_URL", "DATABASE_POOL_SIZE"]) expect(message).toContain(name);
  });

  it("sees a variable changed while the process runs", () => {
    process.env.SITE_URL = "https://one.example/";
    expect(siteUrl()).toBe("https://one.example");
    process.env.SITE_URL = "https://two.example";
    expect(siteUrl()).toBe("https://two.example");
  });
});
