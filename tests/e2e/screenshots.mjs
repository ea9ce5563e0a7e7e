// Screenshots of the main screens at 1280×720 (and 1920×1080), from the
// example workspace on a fixed day, into tests/screenshots/. Run after a
// release build:  node screenshots.mjs http://127.0.0.1:8090/jalon/
// (bash .ci/screenshots builds, serves and runs it). Look at them.
import { chromium } from "@playwright/test";
import path from "node:path";
import { here } from "./helpers.mjs";

const base = process.argv[2] || "http://127.0.0.1:8090/jalon/";
const out = path.join(here, "..", "screenshots");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
for (const [w, h] of [[1280, 720], [1920, 1080]]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, locale: "en-GB" });
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  page.on("pageerror", (e) => { console.error("page error:", e.message); process.exitCode = 1; });
  await page.goto(base);
  await page.getByRole("button", { name: "Explore an example workspace" }).click();
  const shot = async (name, opts = {}) => {
    await page.waitForTimeout(250);
    const file = path.join(out, `${name}-${w}x${h}.png`);
    if (opts.locator) await opts.locator.screenshot({ path: file });
    else {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: file });
    }
    console.log(file);
  };
  await page.goto(base + "#/backlog");
  await shot("backlog-list");
  await page.goto(base + "#/backlog?rank=rice");
  await page.getByRole("button", { name: "Value vs effort matrix" }).click();
  await shot("matrix", { locator: page.locator(".matrix") });
  await page.goto(base + "#/sprint?view=board");
  await shot("board");
  await shot("burndown", { locator: page.locator(".burndown") });
  await page.goto(base + "#/sprint?view=plan");
  await shot("planning");
  await page.goto(base + "#/sprint?view=review");
  await shot("review");
  await page.goto(base + "#/sprint?view=calendar");
  await page.getByLabel("Team member").selectOption({ label: "Léa Dubois" });
  await shot("calendar");
  // Milestones: the timeline at each zoom, and the list with its forms.
  for (const z of ["month", "week", "quarter"]) {
    await page.goto(base + `#/milestones?view=timeline&zoom=${z}`);
    await shot(`timeline-${z}`);
  }
  await page.goto(base + "#/milestones?view=list");
  await shot("milestones-list");
  await page.goto(base + "#/kpis?q=2026-Q4");
  await shot("kpis-sheet");
  await page.locator(".kpi-sheet .metric .name").filter({ hasText: /^Leads$/ }).click();
  await shot("kpis-chart");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Edit CPL" }).click();
  await shot("kpis-editor");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("region", { name: "ROI per campaign" }).scrollIntoViewIfNeeded();
  await shot("kpis-roi", { locator: page.getByRole("region", { name: "ROI per campaign" }) });
  // The weekly meeting, prepared and running with two attendees for 20 minutes.
  await page.goto(base + "#/meeting");
  await shot("meeting-prepare");
  await page.getByRole("button", { name: "Prepare this week's meeting" }).click();
  const team = page.getByRole("region", { name: "Attendees" }).getByRole("checkbox");
  await team.nth(0).check();
  await team.nth(1).check();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await page.clock.setFixedTime(new Date("2026-11-24T10:20:00"));
  await page.waitForTimeout(1200);
  await shot("meeting-running");
  // Presentation mode, every slide.
  await page.keyboard.press("p");
  for (let i = 1; i <= 5; i++) {
    await shot(`present-${i}`);
    // A slide of several pages: its last page too.
    const pages = (await page.locator(".present-count").innerText()).match(/page \d+ of (\d+)$/);
    if (pages) {
      for (let k = 1; k < Number(pages[1]); k++) await page.keyboard.press("ArrowDown");
      await shot(`present-${i}-last`);
    }
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Escape");
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  // The portfolio: what the CEO reads, and what the room decides with.
  for (const v of ["overview", "table", "board", "scoring", "select", "risks", "maturity"]) {
    await page.goto(base + `#/portfolio?view=${v}`);
    await shot(`portfolio-${v}`);
  }
  await page.goto(base + "#/portfolio?view=matrix");
  await shot("portfolio-matrix", { locator: page.locator(".pf-matrix") });
  await page.goto(base + "#/portfolio?view=select");
  await shot("portfolio-frontier", { locator: page.locator(".frontier") });
  await page.goto(base + "#/portfolio?view=risks");
  await shot("portfolio-heatmap", { locator: page.locator(".heat") });
  await page.goto(base + "#/portfolio?campaign=cp-1");
  await shot("portfolio-campaign");
  await page.close();
}
await browser.close();
