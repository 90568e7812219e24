import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// A child process plays `next start`: its own SIGTERM handler exits at once, as Next's does
// once the HTTP server has closed. The hook must hold that exit until the (slow) flush is done.
const root = path.resolve(import.meta.dirname, "../..");

function runChild(withHook: boolean): string | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), "views-shutdown-"));
  const out = path.join(dir, "flushed.json");
  const script = `
    import { writeFileSync } from "node:fs";
    import { viewState } from "./lib/views/buffer.ts";
    import { installViewFlushOnShutdown } from "./lib/views/shutdown.ts";
    process.on("SIGTERM", () => process.exit(143));
    ${withHook ? "installViewFlushOnShutdown();" : ""}
    const state = viewState();
    state.buffer.add(7, "2024-06-21", 3);
    state.flush = async () => {
      const batch = state.buffer.drain();
      await new Promise((r) => setTimeout(r, 300));
      writeFileSync(${JSON.stringify(out)}, JSON.stringify(batch));
    };
    setInterval(() => {}, 1000);
    process.kill(process.pid, "SIGTERM");
  `;
  try {
    execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: root, stdio: "pipe" });
  } catch {
    // exit code 143 is expected
  }
  return existsSync(out) ? readFileSync(out, "utf8") : null;
}

describe("view counts survive a graceful stop", () => {
  it("holds the process exit on SIGTERM until buffered views are flushed", () => {
    expect(JSON.parse(runChild(true) ?? "null")).toEqual({
      totals: [{ id: 7, views: 3 }],
      daily: [{ id: 7, day: "2024-06-21", views: 3 }],
    });
  });

  it("would lose them without the hook (the test can fail)", () => {
    expect(runChild(false)).toBeNull();
  });
});
