// Timeline benchmark: with the large workspace (200 campaigns, 2,000
// milestones, 300 dependencies) loaded, open the Gantt from the backlog
// until every bar, diamond and arrow is on screen and painted; then drag a
// bar: each pointer move until the bar has moved and the frame is painted.
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
      const done = () => document.querySelectorAll(".gantt .gbar").length === b
        && document.querySelectorAll(".gantt .diamond").length === d
        && [...document.querySelectorAll(".gantt-links path.link")].filter((p) => p.getAttribute("d")).length === l;
      const tick = () => (done() ? res() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    return performance.now() - t0;
  }, [bars, diamonds, links]));
}

// Drag: a bar in view, moved a day at a time with real pointer events.
const target = page.locator(".gantt .gbar").nth(40);
await target.scrollIntoViewIfNeeded();
const box = await target.boundingBox();
const y = box.y + box.height / 2;
let x = box.x + Math.min(20, box.width / 2);
await page.mouse.move(x, y);
await page.mouse.down();
const drag = [];
for (let i = 0; i < MOVES; i++) {
  x += i < MOVES / 2 ? 8 : -8; // a day at month zoom
  drag.push(await page.evaluate(async ([px, py]) => {
    const el = document.querySelector(".gantt .gbar.dragging") || document.elementFromPoint(px - 8, py)?.closest(".gbar");
    const before = el ? el.style.left : "";
    const t0 = performance.now();
    el.dispatchEvent(new PointerEvent("pointermove", { bubbles: true, clientX: px, clientY: py, pointerId: 1, isPrimary: true, pointerType: "mouse", buttons: 1 }));
    await new Promise((res) => {
      const tick = () => (el.style.left !== before ? res() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    return performance.now() - t0;
  }, [x, y]));
}
await page.mouse.up();
await browser.close();
const f = (x) => `${x.toFixed(1)} ms`;
console.log(`| open the timeline (${bars} bars, ${diamonds} milestones, ${links} dependencies), p50 / p95 of ${REPS} | ${f(pct(open, 50))} / ${f(pct(open, 95))} | ≤ 100 ms | ${pct(open, 95) <= 100 ? "ok" : "OVER"} |`);
console.log(`| drag a bar a day → painted, p50 / p95 of ${MOVES} | ${f(pct(drag, 50))} / ${f(pct(drag, 95))} | ≤ 16 ms | ${pct(drag, 95) <= 16 ? "ok" : "OVER"} |`);
