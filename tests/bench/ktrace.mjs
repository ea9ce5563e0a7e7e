// Where the time of a KPI quarter switch goes (not part of the benchmark:
// a tool for finding what to fix). Records a Chromium trace of 10 switches
// and prints, per switch, the main thread's time by trace event (script,
// Layout, Paint, Layerize, …). CSS="…" injects a style first, to try a
// rule without a rebuild. The machine is shared: compare by alternating runs.
// Last, the first switch against the later ones, event by event.
//
//   node tests/bench/ktrace.mjs <base url> <large.json>
import { openKpis, pct } from "./lib.mjs";
import fs from "node:fs";
const [base, bigFile] = process.argv.slice(2);
const big = fs.readFileSync(bigFile, "utf8");
const { browser, page } = await openKpis(base, big, 800);
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.waitForTimeout(300);
await browser.startTracing(page, { path: "/tmp/prof/trace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8", "blink.user_timing"] });
await page.evaluate(async () => {
  for (let r = 0; r < 10; r++) {
    performance.mark("sw-start");
    const first = () => document.querySelector(".kpi-sheet .kh .week")?.textContent;
    const before = first();
    document.querySelector(".quarter-nav a").click();
    await new Promise((res) => { const tick = () => (first() !== before ? res() : requestAnimationFrame(tick)); tick(); });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    performance.mark("sw-end");
    await new Promise((r) => setTimeout(r, 400));
  }
});
await browser.stopTracing();
await browser.close();
const tr = JSON.parse(fs.readFileSync("/tmp/prof/trace.json", "utf8"));
const ev = tr.traceEvents || tr;
// find main thread: thread with most FunctionCall
const marks = ev.filter((e) => e.name === "sw-start" || e.name === "sw-end").sort((a, b) => a.ts - b.ts);
const windows = [];
for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name === "sw-start" && marks[i + 1].name === "sw-end") windows.push([marks[i].ts, marks[i + 1].ts]);
const tid = marks[0]?.tid, pid = marks[0]?.pid;
console.log("windows", windows.length, windows.map(([a, b]) => ((b - a) / 1000).toFixed(1)).join(" "));
const sums = new Map();
for (const e of ev) {
  if (e.ph !== "X" || e.pid !== pid || e.tid !== tid || !e.dur) continue;
  if (!windows.some(([a, b]) => e.ts >= a && e.ts < b)) continue;
  sums.set(e.name, (sums.get(e.name) || 0) + e.dur);
}
[...sums].sort((a, b) => b[1] - a[1]).slice(0, 14).forEach(([k, t]) => console.log((t / 1000 / windows.length).toFixed(2).padStart(8), k));
// The first switch after opening against the later ones (the first is the
// p95 of the benchmark): the events whose time differs most.
const per = windows.map(() => new Map());
for (const e of ev) {
  if (e.ph !== "X" || e.pid !== pid || e.tid !== tid || !e.dur) continue;
  const i = windows.findIndex(([a, b]) => e.ts >= a && e.ts < b);
  if (i >= 0) per[i].set(e.name, (per[i].get(e.name) || 0) + e.dur);
}
const names = new Set(); per.forEach((m) => m.forEach((_, k) => names.add(k)));
const diff = [...names].map((k) => [k, per[0].get(k) || 0, per.slice(1).reduce((s, m) => s + (m.get(k) || 0), 0) / Math.max(1, per.length - 1)]);
diff.sort((a, b) => (b[1] - b[2]) - (a[1] - a[2]));
console.log("first switch vs the mean of the others, ms:");
diff.slice(0, 12).forEach(([k, f, r]) => console.log((f / 1000).toFixed(2).padStart(8), (r / 1000).toFixed(2).padStart(8), k));
