// Where the time of a backlog filter / rank change goes, at 5,000 items.
// Not part of the benchmark: a tool for finding what to fix.
//
//   node tests/bench/profile.mjs <base url> <large.json> [filter|search|add]
//
// For each change it splits the latency into: the synchronous part of the
// event (act), until every microtask has run (the reactive work, which Leptos
// runs in microtasks; a frame may slip in before it), and until the next
// animation frame; "render" is from that frame to the next task (style,
// layout, paint). Then it runs the same changes under Chromium's sampling
// profiler (CDP) and prints the functions with the most self time. Build
// with names to read the wasm frames: an index.html whose rust link has
// `data-keep-debug data-wasm-opt-params="-g" data-cargo-profile="size"`.
//
// Env: CSS="…" injects a style first; PREADD=n adds n items first (the benchmark's filter changes run after
// 107 adds, pinned after the 50-row window); NOPROFILE=1 skips the profile;
// LAYOUT=1 forces layout after the reactive work to time it; TOP=n rows of
// the profile; PROFILE_OUT=file keeps the .cpuprofile. The machine is shared:
// compare builds by alternating runs, never one run each.
import { pct, seeded } from "./lib.mjs";
import fs from "node:fs";

const [base = "http://127.0.0.1:8091/jalon/", bigFile = "tests/bench/out/large.json", which = "filter"] = process.argv.slice(2);
const big = fs.readFileSync(bigFile, "utf8");

const { browser, context } = await seeded(base, big);
await context.addInitScript(() => {
  // act → sync done → all microtasks done (a macrotask) → next frame.
  window.__split = async (act) => {
    const t0 = performance.now();
    const idle = new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = () => res(performance.now()); c.port2.postMessage(0); });
    act();
    const t1 = performance.now();
    let t2 = await idle;
    // LAYOUT=1: force style and layout now, to time them apart from the frame.
    let layout = 0;
    if (window.__forceLayout) { const l0 = performance.now(); document.body.getBoundingClientRect(); document.querySelector("ol.items").offsetHeight; layout = performance.now() - l0; t2 = performance.now(); }
    const t3 = await new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    // A task queued from the frame callback runs once the frame's style,
    // layout and paint are done.
    const t4 = await new Promise((res) => { const c = new MessageChannel(); c.port1.onmessage = () => res(performance.now()); c.port2.postMessage(0); });
    return { act: t1 - t0, micro: t2 - t1 - layout, layout, frame: t3 - t2, render: t4 - t3, total: t3 - t0, painted: t4 - t0 };
  };
});
const page = await context.newPage();
await page.goto(base);
await page.waitForSelector("ol.items > li");
await page.waitForTimeout(500);
// CSS="…" injects a style first, to try a rule without a rebuild.
if (process.env.CSS) await page.addStyleTag({ content: process.env.CSS });

// PREADD=n: add n items first, as the benchmark does before its filter
// changes (they are pinned after the 50-row window, so rendered too).
if (process.env.PREADD) {
  await page.evaluate(async (n) => {
    const input = document.getElementById("new-item-title");
    for (let i = 0; i < n; i++) {
      input.value = `Pre-added ${i}`;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.closest("form").requestSubmit();
      await new Promise((res) => setTimeout(res, 5));
    }
  }, Number(process.env.PREADD));
  await page.waitForTimeout(800);
}

const steps = {
  filter: `[["filter-rank","rice"],["filter-rank","value"],["filter-rank","manual"],["filter-kind","content"],["filter-kind","experiment"],["filter-kind",""]]`,
  search: `[["filter-text","b"],["filter-text","br"],["filter-text","bre"],["filter-text","brew"],["filter-text",""]]`,
};
const run = (reps) => which === "add" ? page.evaluate(async (reps) => {
  const out = [];
  const input = document.getElementById("new-item-title");
  for (let i = 0; i < reps * 20; i++) {
    out.push({ step: "add", ...(await window.__split(() => {
      input.value = `Profiled item ${i}`;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.closest("form").requestSubmit();
    })) });
    await new Promise((res) => setTimeout(res, 20));
  }
  return out;
}, reps) : page.evaluate(async ({ reps, steps }) => {
  const out = [];
  for (let r = 0; r < reps; r++) {
    for (const [id, v] of steps) {
      const el = document.getElementById(id);
      out.push({ step: `${id}=${v}`, ...(await window.__split(() => {
        el.value = v;
        el.dispatchEvent(new Event(el.tagName === "SELECT" ? "change" : "input", { bubbles: true }));
      })) });
      await new Promise((res) => setTimeout(res, 30));
    }
  }
  return out;
}, { reps, steps: JSON.parse(steps[which]) });

// A change that does no work: how long the wait for a frame alone is.
const empty = await page.evaluate(async () => {
  const out = [];
  const p = document.createElement("p");
  document.body.append(p);
  for (let i = 0; i < 30; i++) {
    out.push((await window.__split(() => { p.textContent = String(i); })).painted);
    await new Promise((res) => setTimeout(res, 30));
  }
  p.remove();
  return out;
});
console.log(`no-op change → after the frame: p50 ${pct(empty, 50).toFixed(1)} p95 ${pct(empty, 95).toFixed(1)} ms`);

const split = await run(5);
const by = {};
for (const s of split) (by[s.step] ||= []).push(s);
if (process.env.LAYOUT) await page.evaluate(() => { window.__forceLayout = true; });
console.log("step                    act  micro layout  frame  total render painted (medians of 5)");
for (const [k, v] of Object.entries(by)) {
  const m = (f) => pct(v.map(f), 50).toFixed(1).padStart(6);
  console.log(`${k.padEnd(20)} ${m((x) => x.act)} ${m((x) => x.micro)} ${m((x) => x.layout)} ${m((x) => x.frame)} ${m((x) => x.total)} ${m((x) => x.render)} ${m((x) => x.painted)}`);
}
const totals = split.map((s) => s.total);
const painted = split.map((s) => s.painted);
console.log(`all: p50 ${pct(totals, 50).toFixed(1)} p95 ${pct(totals, 95).toFixed(1)} ms; to after the frame p50 ${pct(painted, 50).toFixed(1)} p95 ${pct(painted, 95).toFixed(1)}; work (act+micro) p50 ${pct(split.map((s) => s.act + s.micro), 50).toFixed(1)} p95 ${pct(split.map((s) => s.act + s.micro), 95).toFixed(1)} ms`);

if (process.env.NOPROFILE) { await browser.close(); process.exit(0); }
// Sampling profile of the same changes.
const cdp = await context.newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
await cdp.send("Profiler.start");
await run(5);
const { profile } = await cdp.send("Profiler.stop");
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = new Map();
profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) || 0) + (profile.timeDeltas[i] || 0)));
let all = 0;
for (const [id, us] of dt) {
  const n = byId.get(id);
  const name = n.callFrame.functionName || `(${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber})`;
  if (name === "(idle)" || name === "(program)") continue;
  self.set(name, (self.get(name) || 0) + us);
  all += us;
}
console.log(`\nself time, ${(all / 1000).toFixed(0)} ms busy:`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 40))) {
  console.log(`${(us / 1000).toFixed(1).padStart(7)} ms ${(100 * us / all).toFixed(1).padStart(5)}%  ${name.slice(0, 150)}`);
}
if (process.env.PROFILE_OUT) fs.writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
await browser.close();
