// Where the time of a backlog filter / rank change goes (not part of the
// benchmark: a tool for finding what to fix). Adds 107 items as the
// benchmark does, records a Chromium trace of the benchmark's six changes
// five times, and prints per change the main thread's time by trace event.
//
//   node tests/bench/btrace.mjs <base url> <large.json>
import { pct, seeded } from "./lib.mjs";
import fs from "node:fs";
const [base, bigFile] = process.argv.slice(2);
const { browser, context } = await seeded(base, fs.readFileSync(bigFile, "utf8"));
const page = await context.newPage();
await page.goto(base);
await page.waitForSelector("ol.items > li");
await page.evaluate(async () => {
  const input = document.getElementById("new-item-title");
  for (let i = 0; i < 107; i++) {
    input.value = `Pre-added ${i}`;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.closest("form").requestSubmit();
    await new Promise((res) => setTimeout(res, 20));
  }
});
await page.waitForTimeout(1000);
// CSS="…" injects a style first, to try a rule without a rebuild.
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });
await page.waitForTimeout(300);
await browser.startTracing(page, { path: "/tmp/prof/btrace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink", "v8", "blink.user_timing", ...(process.env.TRACE_CATS ? process.env.TRACE_CATS.split(",") : [])] });
const steps = [["filter-rank", "rice"], ["filter-rank", "value"], ["filter-rank", "manual"], ["filter-kind", "content"], ["filter-kind", "experiment"], ["filter-kind", ""]];
const lat = await page.evaluate(async (steps) => {
  const out = [];
  for (let r = 0; r < 5; r++) {
    for (const [id, v] of steps) {
      const el = document.getElementById(id);
      const list = document.querySelector("ol.items");
      performance.mark(`s-${id}=${v}`);
      const t0 = performance.now();
      const changed = new Promise((res) => { const mo = new MutationObserver(() => { mo.disconnect(); res(); }); mo.observe(list, { childList: true, subtree: true, characterData: true, attributes: true }); });
      el.value = v;
      el.dispatchEvent(new Event("change", { bubbles: true }));
      await changed;
      await new Promise((res) => requestAnimationFrame(res));
      out.push([`${id}=${v}`, performance.now() - t0]);
      await new Promise((res) => setTimeout(res, 0));
      performance.mark("e");
      await new Promise((res) => setTimeout(res, 30));
      await new Promise((res) => requestIdleCallback(res, { timeout: 500 }));
    }
  }
  return out;
}, steps);
await browser.stopTracing();
await browser.close();
const ev = JSON.parse(fs.readFileSync("/tmp/prof/btrace.json", "utf8")).traceEvents;
const marks = ev.filter((e) => e.cat && e.cat.includes("user_timing") && (e.name.startsWith("s-") || e.name === "e") && e.ph !== "e").sort((a, b) => a.ts - b.ts);
const { pid, tid } = marks[0];
const wins = [];
for (let i = 0; i + 1 < marks.length; i++) if (marks[i].name.startsWith("s-") && marks[i + 1].name === "e") wins.push([marks[i].name.slice(2), marks[i].ts, marks[i + 1].ts]);
const per = new Map();
for (const [name, a, b] of wins) {
  const m = per.get(name) || new Map();
  for (const e of ev) if (e.ph === "X" && e.pid === pid && e.tid === tid && e.dur && e.ts >= a && e.ts < b) m.set(e.name, (m.get(e.name) || 0) + e.dur / 5);
  m.set("[window]", (m.get("[window]") || 0) + (b - a) / 5);
  per.set(name, m);
}
console.log(`all latencies: p50 ${pct(lat.map(([, x]) => x), 50).toFixed(1)} p95 ${pct(lat.map(([, x]) => x), 95).toFixed(1)} ms`);
for (const [name, m] of per) {
  const l = lat.filter(([n]) => n === name).map(([, x]) => x.toFixed(1)).join(" ");
  console.log(`\n${name}: latencies ${l}`);
  [...m].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 12)).forEach(([k, t]) => console.log((t / 1000).toFixed(2).padStart(8), k));
}
