// Jalon's benchmark: loads a large workspace (200 campaigns, 5,000 backlog
// items, 100 KPIs x 104 weeks, 20 sprints) in headless Chromium and prints
// bundle size, time to usable, add-item, filter/rank and drag-reorder
// latency, save, export and import.
// Run it with `bash .ci/bench` (builds, generates the workspace, serves dist).
import { chromium } from "../e2e/node_modules/playwright-core/index.mjs";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [base = "http://127.0.0.1:8091/jalon/", bigFile = "tests/bench/out/large.json", dist = "dist"] = process.argv.slice(2);
const REPS = Number(process.env.REPS || 5);
const big = fs.readFileSync(bigFile, "utf8");
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const median = (xs) => pct(xs, 50);
const ms = (x) => `${x.toFixed(1)} ms`;
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget, verdict: ok === undefined ? "" : ok ? "ok" : "OVER" });

// 1. Bundle size: what a first visit downloads (gzip -9, like a static host).
let gz = 0;
for (const f of fs.readdirSync(dist).filter((f) => /\.(wasm|js|css)$/.test(f) && f !== "sw.js")) {
  gz += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
}
row("bundle: wasm + js + css (gzip)", `${(gz / 1024).toFixed(1)} KB`, "≤ 200 KB", gz <= 200 * 1024);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function loadedPage() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: "block" });
  // Seed storage on a first visit, then measure a normal visit with the
  // workspace already there (seeding inside the measured load would add the
  // cost of writing 2 MB to the figure).
  const seed = await context.newPage();
  await seed.goto(base + "schema/jalon-workspace.schema.json");
  await seed.evaluate((text) => localStorage.setItem("jalon.workspace", text), big);
  // The seeding page stays open until the app has loaded: closed at once,
  // its process could go before the 2 MB write reached the browser's
  // storage, and the app would open on the welcome screen.
  await context.addInitScript(() => {
    // Runs `act` and resolves with the ms until `target` changed and the
    // next frame was painted: the latency a person sees.
    window.__untilPainted = async (target, act) => {
      const t0 = performance.now();
      const changed = new Promise((res) => {
        const mo = new MutationObserver(() => { mo.disconnect(); res(); });
        mo.observe(target, { childList: true, subtree: true, characterData: true });
      });
      act();
      await changed;
      await new Promise((res) => requestAnimationFrame(() => res()));
      return performance.now() - t0;
    };
    new MutationObserver((_, mo) => {
      if (document.querySelector("ol.items > li:not([hidden])") && document.getElementById("new-item-title")) {
        window.__usableAt = performance.now();
        mo.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(base);
  try {
    await page.waitForFunction(() => window.__usableAt !== undefined, null, { timeout: 30_000 });
  } catch (e) {
    console.error("the backlog never became usable; the page shows:\n", await page.evaluate(() => document.body.innerText.slice(0, 800)));
    throw e;
  }
  await seed.close();
  return { context, page };
}

// 2. Time from navigation to a usable backlog, with the workspace in storage.
const usable = [];
for (let i = 0; i < REPS; i++) {
  const { context, page } = await loadedPage();
  usable.push(await page.evaluate(() => window.__usableAt));
  await context.close();
}
row("navigation → backlog usable (5,000 items, median)", ms(median(usable)), "≤ 400 ms", median(usable) <= 400);

const { context, page } = await loadedPage();
const timings = () => page.evaluate(() => (window.__jalonTimings || []).splice(0));
await timings();

// 3. Add-item latency: submit → the new row is in the DOM and a frame is painted.
const adds = await page.evaluate(async () => {
  const out = [];
  const input = document.getElementById("new-item-title");
  const form = input.closest("form");
  const main = document.querySelector("main");
  for (let i = 0; i < 100; i++) {
    out.push(await window.__untilPainted(main, () => {
      input.value = `Benchmark item ${i}`;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      form.requestSubmit();
    }));
    await new Promise((r) => setTimeout(r, 20));
  }
  return out;
});
if (process.env.VERBOSE) console.log("adds, in order:", adds.map((x) => x.toFixed(1)).join(" "));
row("add item → painted (p50 of 100)", ms(pct(adds, 50)), "", undefined);
row("add item → painted (p95 of 100)", ms(pct(adds, 95)), "≤ 16 ms", pct(adds, 95) <= 16);
await page.waitForTimeout(800); // let the debounced save of the burst run
await timings();
// Isolated saves: one edit, then quiet until the debounced save has run.
for (let i = 0; i < 7; i++) {
  await page.evaluate((n) => {
    const input = document.getElementById("new-item-title");
    input.value = `Save probe ${n}`;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.closest("form").requestSubmit();
  }, i);
  await page.waitForTimeout(700);
}
let t = await timings();
const saves = t.filter((x) => x.name === "save").map((x) => x.ms);
const sers = t.filter((x) => x.name === "serialize").map((x) => x.ms);
const saveTotal = saves.map((s, i) => s + (sers[i] || 0));
row(`save: serialise + write to storage (median of ${saveTotal.length})`, ms(median(saveTotal)), "≤ 30 ms", median(saveTotal) <= 30);
row("  of which serialising", ms(median(sers)), "", undefined);
row("  of which writing to storage", ms(median(saves)), "", undefined);

// 3b. Filter / rank changes on 5,000 items: change → list updated and painted.
// `gap`: the pause before the next change. A person's next choice comes
// 300 ms later at the very least (opening a select and picking takes
// longer), from a page whose frame clock has stopped: the budgeted
// figure. 30 ms apart, the clock still runs from the previous change and a
// change that finishes just past a tick waits a whole frame (its work is
// the same, 4–8 ms): printed too, unbudgeted, to compare builds.
const filterChanges = (gap) => page.evaluate(async (gap) => {
  const out = [];
  const rank = document.getElementById("filter-rank");
  const kind = document.getElementById("filter-kind");
  const list = document.querySelector("ol.items");
  const steps = [[rank, "rice"], [rank, "value"], [rank, "manual"], [kind, "content"], [kind, "experiment"], [kind, ""]];
  for (let r = 0; r < 5; r++) {
    for (const [el, v] of steps) {
      out.push(await window.__untilPainted(list, () => {
        el.value = v;
        el.dispatchEvent(new Event("change", { bubbles: true }));
      }));
      // Then from an idle page: after the previous change's URL write
      // (the frame after its paint), which would otherwise land inside it.
      await new Promise((res) => setTimeout(res, gap));
      await new Promise((res) => requestIdleCallback(res, { timeout: 500 }));
    }
  }
  return out;
}, gap);
const changes = await filterChanges(300);
const rushed = await filterChanges(30);
if (process.env.VERBOSE) console.log("filter changes, in order:", changes.map((x) => x.toFixed(1)).join(" "), "\n30 ms apart:", rushed.map((x) => x.toFixed(1)).join(" "));
row("filter / rank change → painted (p50 of 30)", ms(pct(changes, 50)), "", undefined);
row("filter / rank change → painted (p95 of 30)", ms(pct(changes, 95)), "≤ 16 ms", pct(changes, 95) <= 16);
row("  the same 30 ms apart, p50 / p95", `${ms(pct(rushed, 50))} / ${ms(pct(rushed, 95))}`, "", undefined);

// 3c. Drag-reorder on 5,000 items, with the mouse (real input events): drop
// (pointerup) → the list shows the row in its new place and a frame is painted.
await page.evaluate(() => {
  window.__drops = [];
  const list = document.querySelector("ol.items");
  // Capture on the window runs before the app's own pointerup handler.
  window.addEventListener("pointerup", () => {
    const t0 = performance.now();
    new Promise((res) => {
      const mo = new MutationObserver(() => { mo.disconnect(); res(); });
      mo.observe(list, { childList: true, subtree: true, characterData: true });
    })
      .then(() => new Promise((res) => requestAnimationFrame(res)))
      .then(() => window.__drops.push(performance.now() - t0));
  }, { capture: true });
  list.scrollIntoView();
});
await page.waitForTimeout(500);
// A build without drag handles (an older one, for comparison) skips this.
const DRAGS = (await page.locator("ol.items .drag-handle").count()) ? 50 : 0;
for (let i = 0; i < DRAGS; i++) {
  // Up and down in turn: the 6th row above the 2nd, then the 2nd below the 6th.
  const [from, to, below] = i % 2 === 0 ? [5, 1, false] : [1, 5, true];
  const rowsNow = page.locator("ol.items > li:not([hidden])");
  const h = await rowsNow.nth(from).locator(".drag-handle").boundingBox();
  const t = await rowsNow.nth(to).boundingBox();
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + h.width / 2, t.y + t.height * (below ? 0.75 : 0.25), { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((n) => window.__drops.length >= n, i + 1);
}
const drops = await page.evaluate(() => window.__drops);
if (drops.length) {
  row(`drag-reorder → painted (p50 of ${drops.length})`, ms(pct(drops, 50)), "", undefined);
  row(`drag-reorder → painted (p95 of ${drops.length})`, ms(pct(drops, 95)), "≤ 16 ms", pct(drops, 95) <= 16);
} else {
  row("drag-reorder → painted", "n/a", "≤ 16 ms", false);
}
await page.waitForTimeout(800); // the debounced save of the drags
await timings();

// 4. Export: serialise and hand the file to the browser.
const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export", exact: true }).click()]);
const exported = fs.readFileSync(await download.path(), "utf8");
t = await timings();
const exp = t.find((x) => x.name === "export").ms;
row("export (serialise 5,000-item workspace)", ms(exp), "", undefined);
row("  file size", `${(exported.length / 1024 / 1024).toFixed(2)} MB`, "", undefined);

// 5. Import: read + validate + confirm + re-render.
const importMs = [];
for (let i = 0; i < 3; i++) {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import", exact: true }).click()]);
  await chooser.setFiles({ name: "big.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await page.getByRole("button", { name: "Replace my workspace" }).waitFor();
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await page.waitForFunction(() => !document.querySelector("[role=dialog]") && document.querySelectorAll("ol.items > li:not([hidden])").length > 0);
  const t1 = await page.evaluate(() => performance.now());
  t = await timings();
  const parse = t.find((x) => x.name === "import-parse").ms;
  importMs.push({ parse, apply: t1 - t0 });
}
row("import: read + validate file (median)", ms(median(importMs.map((x) => x.parse))), "", undefined);
row("import: replace + re-render after confirm (median)", ms(median(importMs.map((x) => x.apply))), "", undefined);
await context.close();
await browser.close();

const w = Math.max(...rows.map((r) => r.what.length));
console.log(`\nJalon benchmark — ${new Date().toISOString()} — Chromium headless, ${REPS} reps for loads\n`);
console.log(`${"what".padEnd(w)} | ${"measured".padStart(10)} | ${"budget".padEnd(9)} | verdict`);
console.log(`${"-".repeat(w)}-|-${"-".repeat(10)}-|-${"-".repeat(9)}-|--------`);
for (const r of rows) console.log(`${r.what.padEnd(w)} | ${r.value.padStart(10)} | ${r.budget.padEnd(9)} | ${r.verdict}`);
fs.mkdirSync("tests/bench/out", { recursive: true });
fs.writeFileSync("tests/bench/out/results.json", JSON.stringify({ rows, usable, adds, changes, drops }, null, 2));
