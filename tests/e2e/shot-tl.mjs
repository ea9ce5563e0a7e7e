import { chromium } from "@playwright/test";
const base = process.argv[2];
const [w, h] = (process.argv[3] || "1280x720").split("x").map(Number);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: w, height: h }, locale: "en-GB" });
await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
page.on("pageerror", (e) => console.error("page error:", e.message));
page.on("console", (m) => { if (m.type() === "error") console.error("console:", m.text()); });
await page.goto(base);
await page.getByRole("button", { name: "Explore an example workspace" }).click();
for (const [name, hash] of [["tl", "#/milestones"], ["tlweek", "#/milestones?view=timeline&zoom=week"], ["tlq", "#/milestones?view=timeline&zoom=quarter"], ["list", "#/milestones?view=list"]]) {
  await page.goto(base + hash);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/shots/${name}-${w}.png`, fullPage: name === "list" });
}
await browser.close();
