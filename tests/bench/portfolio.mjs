// Portfolio benchmark: with the 200-campaign workspace loaded, time the
// exact budget-constrained selection and the efficient frontier as the
// browser runs them (wasm, recorded by the app in window.__jalonTimings),
// and a budget change from the slider until the new selection is painted.
// Run by `bash .ci/bench` after bench.mjs, against the same server.
import { pct, seeded } from "./lib.mjs";
import fs from "node:fs";

const [base = "http://127.0.0.1:8091/jalon/", bigFile = "tests/bench/out/large.json"] = process.argv.slice(2);
const REPS = Number(process.env.REPS || 15);
const big = fs.readFileSync(bigFile, "utf8");
const ws = JSON.parse(big).workspace;
const open = ws.campaigns.filter((c) => c.phase !== "closed").length;

const { browser, context } = await seeded(base, big);
const page = await context.newPage();
await page.goto(base + "#/portfolio?view=select");
await page.waitForSelector("table.candidates tbody tr", { timeout: 60_000 });
const rows = await page.locator("table.candidates tbody tr").count();

// Budget moves: each input event re-runs the selection; wait until the
// totals line shows the new budget, then one frame.
const change = [];
const max = Number(await page.locator("#sel-slider").getAttribute("max"));
for (let r = 0; r < REPS; r++) {
  const value = Math.round(max * (0.15 + 0.5 * (r / REPS)));
  change.push(await page.evaluate(async (v) => {
    const s = document.getElementById("sel-slider");
    const before = document.querySelector(".totals").textContent;
    const t0 = performance.now();
    s.value = String(v);
    s.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((res) => {
      const tick = () => (document.querySelector(".totals").textContent !== before ? res() : requestAnimationFrame(tick));
      tick();
    });
    await new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
    return performance.now() - t0;
  }, value));
}
const timings = await page.evaluate(() => window.__jalonTimings || []);
const sel = timings.filter((t) => t.name === "select").map((t) => t.ms);
const fr = timings.filter((t) => t.name === "frontier").map((t) => t.ms);
await browser.close();
const f = (x) => (x === undefined ? "n/a" : `${x.toFixed(1)} ms`);
console.log(`| exact selection, ${open} open campaigns (${rows} rows), p50 / p95 of ${sel.length} | ${f(pct(sel, 50))} / ${f(pct(sel, 95))} | ≤ 50 ms | ${pct(sel, 95) <= 50 ? "ok" : "OVER"} |`);
console.log(`| efficient frontier, p50 of ${fr.length} | ${f(pct(fr, 50))} | | |`);
console.log(`| budget slider move → new selection painted, p50 / p95 of ${REPS} | ${f(pct(change, 50))} / ${f(pct(change, 95))} | | |`);
