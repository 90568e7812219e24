import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/postgres/embedded";

// The first README command after a crash (audit): `kill -9` the `npm start` launcher and its
// embedded PostgreSQL lived on; the next start printed `undefined` and exited 1.
const root = path.resolve(import.meta.dirname, "../../../..");
let dataDir: string;

function postmasterPid(): number | null {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  if (!existsSync(file)) return null;
  return Number(readFileSync(file, "utf8").split("\n")[0]);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function launcher(): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "tests/fixtures/embedded/start-and-wait.ts"), dataDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /READY (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) => reject(new Error(`launcher exited (${code}) before the database was ready:\n${output}`)));
  });
  return { child, ready };
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "ln-embedded-"));
  // PostgreSQL runs as the `postgres` user when the tests run as root: it must reach the folder.
  chmodSync(dataDir, 0o755);
});

afterAll(async () => {
  // Cleanup only (a failed test may leave a server): ask it to stop, wait until it has.
  const pid = postmasterPid();
  try {
    if (pid && alive(pid)) {
      process.kill(pid, "SIGINT");
      await expect.poll(() => alive(pid), { timeout: 15_000, interval: 100 }).toBe(false);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

describe("the embedded database after a crash", () => {
  it("does not outlive the process that started it, even one killed with SIGKILL", { timeout: 90_000 }, async () => {
    const { child, ready } = launcher();
    await ready;
    const pid = postmasterPid();
    expect(pid).not.toBeNull();
    expect(alive(pid!)).toBe(true);
    child.kill("SIGKILL");
    await expect.poll(() => alive(pid!), { timeout: 15_000, interval: 100 }).toBe(false);
  });

  it("finds a leftover PostgreSQL on its folder, stops it and starts again, in plain words", { timeout: 90_000 }, async () => {
    // A leftover from before this fix, or from a process manager that kept it: a postmaster
    // that nobody is tied to, its postmaster.pid in the folder.
    const first = await startEmbeddedDatabase(dataDir);
    const leftover = postmasterPid();
    expect(leftover).not.toBeNull();
    const logs: string[] = [];
    const second = await startEmbeddedDatabase(dataDir, undefined, { log: (line) => logs.push(line) });
    try {
      expect(alive(leftover!)).toBe(false);
      expect(logs.join("\n")).toMatch(/left running .* stopped it/);
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      expect((await client.query<{ ok: number }>("SELECT 1 AS ok")).rows[0]!.ok).toBe(1);
      await client.end();
    } finally {
      await second.stop();
      await first.stop().catch(() => {});
    }
  });
});
