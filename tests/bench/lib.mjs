// Shared by the browser benchmarks: Debian's Chromium, headless, and a
// context whose local storage already holds the large workspace.
import { chromium } from "../e2e/node_modules/playwright-core/index.mjs";

export const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

/** A browser, and a 1280×720 context seeded with `workspaceText` under `base`. */
export async function seeded(base, workspaceText) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", ...(process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [])],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  const seed = await context.newPage();
  await seed.goto(base + "schema/jalon-workspace.schema.json");
  await seed.evaluate((text) => localStorage.setItem("jalon.workspace", text), workspaceText);
  await seed.close();
  return { browser, context };
}

/** The KPI sheet of `workspaceText`, opened, drawn and left `settle` ms to settle. */
export async function openKpis(base, workspaceText, settle) {
  const { browser, context } = await seeded(base, workspaceText);
  const page = await context.newPage();
  await page.goto(base + "#/kpis");
  await page.waitForSelector(".kpi-sheet .kb .kr", { timeout: 60_000 });
  await page.waitForTimeout(settle);
  return { browser, context, page };
}
