// The README screenshot: the example workspace's backlog at 1280×720, a row
// held over the gap after the first one (mode "dragtop", the default), or
// further down the list ("drag"), or at rest ("none").
//   node tests/e2e/screenshot.mjs http://127.0.0.1:8090/jalon/ tests/screenshots/backlog-1280x720.png
import { chromium } from "./node_modules/playwright-core/index.mjs";
const [base = "http://127.0.0.1:8090/jalon/", out = "tests/screenshots/backlog-1280x720.png", mode = "dragtop"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: "en-GB" });
await page.goto(base);
await page.getByRole("button", { name: "Explore an example workspace" }).click();
await page.getByRole("heading", { name: "Backlog", level: 1 }).waitFor();
await page.evaluate(() => document.activeElement?.blur());
await page.waitForTimeout(600);
if (mode === "drag") {
  // Scroll so a few rows show, then hold the 4th row over the gap after the 1st.
  await page.evaluate(() => window.scrollTo(0, document.querySelector("ol.items").getBoundingClientRect().top + scrollY - 120));
  const rows = page.locator("ol.items > li:not([hidden])");
  const h = await rows.nth(3).locator(".drag-handle").boundingBox();
  const t = await rows.nth(1).boundingBox();
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2, t.y + t.height * 0.3, { steps: 10 });
  await page.waitForTimeout(300);
}
if (mode === "dragtop") {
  // At the top of the page: hold the 3rd row over the gap after the 1st.
  const rows = page.locator("ol.items > li:not([hidden])");
  const h = await rows.nth(2).locator(".drag-handle").boundingBox();
  const t = await rows.nth(1).boundingBox();
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2, t.y + 56, { steps: 10 });
  await page.waitForTimeout(300);
}
await page.screenshot({ path: out });
await browser.close();
console.log("saved", out);
