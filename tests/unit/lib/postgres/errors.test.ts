import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/postgres/errors";

describe("database outages, told apart from bugs", () => {
  it("recognises a refused, reset or shutting-down database however it is wrapped", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })).toBe(true);
    expect(isDatabaseUnavailable(new Error("x", { cause: new Error("terminating connection due to administrator command") }))).toBe(true);
    expect(isDatabaseUnavailable({ message: "Invalid invocation", meta: { driverAdapterError: { message: "Connection terminated unexpectedly" } } })).toBe(true);
  });

  it("does not call a bug an outage", () => {
    expect(isDatabaseUnavailable(new Error("duplicate key value violates unique constraint"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x.replace is not a function"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
