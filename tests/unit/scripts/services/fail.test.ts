import { describe, expect, it } from "vitest";
import { failureMessage } from "../../../../scripts/services/fail";

// Audit: after a crash the next `npm start` printed `undefined` and exited 1.
describe("what the scripts print when they fail", () => {
  it("never prints undefined, and always names a next step", () => {
    for (const error of [undefined, null, new Error(""), "", new Error("connect ECONNREFUSED 127.0.0.1:5432")]) {
      const message = failureMessage(error, "npm start");
      expect(message).not.toMatch(/^undefined$|^null$/m);
      expect(message).toContain("npm start");
      expect(message).toMatch(/Next step: \S/);
    }
  });

  it("keeps our own messages, which already say what to do", () => {
    const own = new Error("Refusing to start in production: …\nNext step: sign in as an admin and set new passwords.");
    expect(failureMessage(own, "npm start")).toBe(own.message);
  });
});
