// Where the time of a KPI cell edit goes (not part of the benchmark: a tool
// for finding what to fix). Runs the benchmark's idle-page edits under a
// Chromium trace and prints each edit's time with the main thread's top
// events in its window, so a slow edit shows what landed in it.
//
//   node tests/bench/etrace.mjs <base url> <large.json>
import { openKpis } from "./lib.mjs";
import fs from "node:fs";
const [base, bigFile] = process.argv.slice(2);
const N = Number(process.env.N || 30);
const big = fs.readFileSync(bigFile, "utf8");
const { browser, page } = await openKpis(base, big, 800);
// The benchmark switches quarter 15 times before its edits (PRESWITCH=n).
for (let r = 0; r < Number(process.env.PRESWITCH || 0); r++) {
  await page.evaluate(async () => {
    const first = () => document.querySelector(".kpi-sheet .kh .week")?.textContent;
    const before = first();
    document.querySelector(".quarter-nav a").click();
    await new Promise((res) => { const tick = () => (first() !== before ? res() : requestAnimationFrame(tick)); tick(); });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
  });
}
await browser.startTracing(page, { path: "/tmp/prof/etrace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8", "blink.user_timing", "toplevel", "cppgc", "disabled-by-default-cppgc", ...(process.env.SAMPLES ? ["disabled-by-default-v8.cpu_profiler"] : [])] });
const times = [];
for (let r = 0; r < N; r++) {
  await page.waitForTimeout(700);
  await page.evaluate(() => new Promise((res) => requestIdleCallback(res)));
  times.push(await page.evaluate(async (v) => {
    const input = document.getElementById("kc-3-2");
    const row = input.closest(".kr");
    input.value = String(v);
    performance.mark("ed-start");
    const t0 = performance.now();
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((res) => { const mo = new MutationObserver(() => { mo.disconnect(); res(); }); mo.observe(row, { childList: true, subtree: true, characterData: true }); });
    await new Promise((res) => requestAnimationFrame(res));
    performance.mark("ed-end");
    return performance.now() - t0;
  }, 1 + r));
}
await browser.stopTracing();
await browser.close();
const ev = JSON.parse(fs.readFileSync("/tmp/prof/etrace.json", "utf8")).traceEvents;
const marks = ev.filter((e) => e.name === "ed-start" || e.name === "ed-end").sort((a, b) => a.ts - b.ts);
const win = [];
for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name === "ed-start" && marks[i + 1].name === "ed-end") win.push([marks[i].ts, marks[i + 1].ts]);
const { pid, tid } = marks[0];
win.forEach(([a, b], i) => {
  const m = new Map();
  for (const e of ev) if (e.ph === "X" && e.pid === pid && e.tid === tid && e.dur && e.ts >= a && e.ts < b) m.set(e.name, (m.get(e.name) || 0) + e.dur);
  const top = [...m].sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, t]) => `${k} ${(t / 1000).toFixed(1)}`).join(", ");
  console.log(times[i].toFixed(1).padStart(6), "|", top);
});
