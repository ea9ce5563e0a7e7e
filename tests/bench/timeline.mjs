// Timeline benchmark: with the large workspace (200 campaigns, 2,000
// milestones, 300 dependencies) loaded, open the Gantt from the backlog
// until the rows in view (with their bars and diamonds) and every arrow
// are on screen and painted — the chart renders the rows near the window
// only; then drag a
// bar: each pointer move until the bar has moved and the frame is painted (a move is a
// transform on the dragged bar's own layer).
// Run by `bash .ci/bench` after bench.mjs, against the same server.
import { pct, seeded } from "./lib.mjs";
import fs from "node:fs";

const [base = "http://127.0.0.1:8091/jalon/", bigFile = "tests/bench/out/large.json"] = process.argv.slice(2);
const REPS = Number(process.env.REPS || 15);
const MOVES = Number(process.env.MOVES || 60);
const big = fs.readFileSync(bigFile, "utf8");
const ws = JSON.parse(big).workspace;
const bars = ws.campaigns.filter((c) => c.start && c.end).length;
const diamonds = ws.milestones.filter((m) => m.campaign).length;
const links = ws.campaigns.reduce((n, c) => n + (c.depends_on || []).length, 0);

const { browser, context } = await seeded(base, big);
const page = await context.newPage();
await page.goto(base + "#/backlog");
await page.waitForSelector("ol.items > li", { timeout: 60_000 });

const open = [];
for (let r = 0; r < REPS; r++) {
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await page.waitForSelector("ol.items > li");
  await page.waitForTimeout(100);
  open.push(await page.evaluate(async ([b, d, l]) => {
    const link = [...document.querySelectorAll("nav a")].find((a) => a.textContent.trim() === "Milestones");
    const t0 = performance.now();
    link.click();
    await new Promise((res) => {
      // The rows in view (the chart renders those and a margin), their
      // bars and diamonds, and every arrow.
      const done = () => {
        const ul = document.querySelector(".gantt-rows");
        if (!ul) return false;
        const [a, z] = ul.dataset.rows.split("-").map(Number);
        return ul.querySelectorAll(".gantt-row:not(.loose)").length === z - a
          && document.querySelectorAll(".gantt-links path.link").length === l;
      };
      const tick = () => (done() ? res() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    return performance.now() - t0;
  }, [bars, diamonds, links]));
}

// Drag: a bar in view, moved a day at a time with real pointer events.
const target = page.locator(".gantt .gbar").nth(10);
await target.scrollIntoViewIfNeeded();
const barId = await target.getAttribute("id");
const box = await target.boundingBox();
const y = box.y + box.height / 2;
// Grab it right of the sticky label column, which covers the chart's left edge.
const labelRight = (await page.locator(".gantt-row .gantt-label").first().boundingBox()).x + (await page.locator(".gantt-row .gantt-label").first().boundingBox()).width;
let x = Math.max(box.x, labelRight) + 12;
// Each real pointer move (seen first, in capture, on the window) → the
// bar's style changes → the frame that shows it starts: the same measure
// as the backlog's drag-reorder.
await page.evaluate((id) => {
  window.__moves = [];
  const el = document.getElementById(id);
  window.addEventListener("pointermove", () => {
    if (!window.__armed) return;
    window.__armed = false;
    const t0 = performance.now();
    new Promise((res) => {
      const mo = new MutationObserver(() => { mo.disconnect(); res(); });
      mo.observe(el, { attributes: true, attributeFilter: ["style"] });
    })
      .then(() => new Promise((res) => requestAnimationFrame(res)))
      .then(() => window.__moves.push(performance.now() - t0));
  }, { capture: true });
}, barId);
await page.mouse.move(x, y);
await page.mouse.down();
for (let i = 0; i < MOVES; i++) {
  x += i < MOVES / 2 ? 8 : -8; // a day at month zoom
  await page.evaluate(() => { window.__armed = true; });
  await page.mouse.move(x, y);
  await page.waitForFunction((n) => window.__moves.length >= n, i + 1);
  await page.waitForTimeout(20);
}
const drag = await page.evaluate(() => window.__moves);
await page.mouse.up();
await browser.close();
const f = (x) => `${x.toFixed(1)} ms`;
console.log(`| open the timeline (${bars} campaigns, ${diamonds} milestones, ${links} dependencies), p50 / p95 of ${REPS} | ${f(pct(open, 50))} / ${f(pct(open, 95))} | ≤ 100 ms | ${pct(open, 95) <= 100 ? "ok" : "OVER"} |`);
console.log(`| drag a bar a day → painted, p50 / p95 of ${MOVES} | ${f(pct(drag, 50))} / ${f(pct(drag, 95))} | ≤ 16 ms | ${pct(drag, 95) <= 16 ? "ok" : "OVER"} |`);
