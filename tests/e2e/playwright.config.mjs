// Browser end-to-end tests: Debian's Chromium (never a downloaded browser),
// the release build in ../../dist served under /jalon/ like a static host's
// project page, so relative URLs and the sub-path are tested on every run.
// JALON_DIST and PORT override the folder and port (two builds side by side).
import { defineConfig } from "@playwright/test";

const PORT = Number(process.env.PORT || 8090);
const DIST = process.env.JALON_DIST || "../../dist";
export default defineConfig({
  testDir: ".",
  testMatch: /.*\.spec\.mjs/,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/jalon/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    acceptDownloads: true,
    locale: "en-GB",
  },
  webServer: {
    command: `node serve.mjs ${DIST} ${PORT} /jalon/`,
    url: `http://127.0.0.1:${PORT}/jalon/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
