import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Debian's chromium where present (Playwright's own browser download needs the internet);
// otherwise whatever browser Playwright has installed.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);
const port = Number(process.env.E2E_PORT ?? 3100);
// The production topology for the "edge" project: nginx's cache in front of two servers.
const edgePort = Number(process.env.E2E_EDGE_PORT ?? port + 80);
const launchOptions = {
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: ".test-reports/playwright.json" }]] : "list",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ko-KR",
    timezoneId: "Asia/Seoul",
    trace: "retain-on-failure",
  },
  projects: [
    // One `npm start` server, as the README's first command runs it.
    { name: "chromium", testIgnore: "edge/**", use: { ...devices["Desktop Chrome"], launchOptions } },
    // Through the HTTP cache in front of two servers, as the production topology runs.
    { name: "edge", testMatch: "edge/**/*.spec.ts", use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${edgePort}` } },
  ],
  webServer: [
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${port}/`,
      env: { PORT: String(port) },
      timeout: 900_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      stderr: "pipe",
    },
    {
      command: "npx tsx scripts/e2e-cluster.ts",
      url: `http://127.0.0.1:${edgePort}/robots.txt`,
      env: { E2E_EDGE_PORT: String(edgePort) },
      timeout: 900_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
