// Nothing is lost: damaged storage, a full quota, two tabs, the export
// reminder, and working offline after the first visit.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import fs from "node:fs";
import { open, startEmpty, startExample, addItem, rows, row, titles, waitSaved, exportFile, storedWorkspace, fixture, importFile } from "./helpers.mjs";

async function seedStorage(page, value) {
  await open(page);
  await page.evaluate((v) => localStorage.setItem("jalon.workspace", v), value);
  await page.reload();
}

const backups = (page) => page.evaluate(() =>
  Object.keys(localStorage).filter((k) => k.startsWith("jalon.backup.")).map((k) => [k, localStorage.getItem(k)]));

test("damaged storage: the app starts, explains, keeps the copy and offers it", async ({ page }) => {
  const damaged = '{"format":"jalon","version":1,"workspace":{"name":"Q3 plan", "backlog": [ {"id":';
  await seedStorage(page, damaged);
  const alert = page.getByRole("alert").filter({ hasText: "Your saved workspace could not be read" });
  await expect(alert).toContainText("The saved data is not valid JSON.");
  await expect(alert).toContainText("Nothing has been deleted");
  expect(await backups(page)).toEqual([[expect.stringMatching(/^jalon\.backup\./), damaged]]);
  expect(await storedWorkspace(page)).toBe(damaged);

  const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download the saved copy" }).click()]);
  const fs = await import("node:fs");
  expect(fs.readFileSync(await download.path(), "utf8")).toBe(damaged);

  // A reload before doing anything does not make a second copy.
  await page.reload();
  await expect(page.getByRole("alert").filter({ hasText: "could not be read" })).toBeVisible();
  expect(await backups(page)).toHaveLength(1);

  // Starting again is allowed; the backup stays.
  await page.getByRole("button", { name: "Start empty" }).click();
  await addItem(page, "Fresh start");
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["Fresh start"]);
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect((await backups(page))[0][1]).toBe(damaged);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { name: "Backups of damaged data" })).toBeVisible();
});

test("storage from a newer version is kept, not overwritten", async ({ page }) => {
  const future = JSON.stringify({ format: "jalon", version: 7, exported_at: "2030-01-01T00:00:00Z", workspace: { name: "Future" } });
  await seedStorage(page, future);
  await expect(page.getByRole("alert")).toContainText("saved by a newer version of Jalon (version 7; this app reads up to version 4)");
  expect(await backups(page)).toEqual([[expect.any(String), future]]);
  expect(await storedWorkspace(page)).toBe(future);
});

test("storage with the wrong shape is explained with the field at fault", async ({ page }) => {
  await seedStorage(page, JSON.stringify({ format: "jalon", version: 1, workspace: { name: "x", backlog: [{ id: "a", title: "t", kind: "podcast" }] } }));
  await expect(page.getByRole("alert")).toContainText("workspace.backlog[0].kind must be one of");
});

test("a full storage quota: warned, work kept in memory, saving resumes when space is back", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Before");
  await waitSaved(page);
  await page.evaluate(() => {
    let chunk = "x".repeat(512 * 1024);
    for (let i = 0; chunk.length > 16; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { chunk = chunk.slice(0, chunk.length / 2); }
    }
  });
  await addItem(page, "During");
  const alert = page.getByRole("alert").filter({ hasText: "Changes are not being saved" });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole("button", { name: "Export now" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();
  await expect.poll(() => titles(page)).toEqual(["Before", "During"]);
  expect(await storedWorkspace(page)).not.toContain("During");
  // Closing or reloading now would lose "During": the browser asks first.
  const asked = new Promise((res) => page.once("dialog", async (d) => { res(d.type()); await d.dismiss(); }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);

  const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Export now" }).click()]);
  const fs = await import("node:fs");
  expect(fs.readFileSync(await download.path(), "utf8")).toContain("During");

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
  await expect(alert).toHaveCount(0, { timeout: 10_000 });
  await waitSaved(page);
  // Saved again: leaving asks nothing (a question here would stop the reload).
  page.once("dialog", (d) => { throw new Error(`asked "${d.type()}" with nothing unsaved`); });
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["Before", "During"]);
});

test("a change is in storage by the end of the click that made it, before anything else runs", async ({ page }) => {
  await startExample(page);
  await page.getByLabel("Title of the new item").fill("Durable at once");
  // Click and read storage in the very next task: no debounce, no idle wait in between.
  const stored = await page.evaluate(() => {
    [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Add item").click();
    return new Promise((res) => setTimeout(() => res(localStorage.getItem("jalon.workspace")), 0));
  });
  expect(stored).toContain("Durable at once");
  await expect(row(page, "Durable at once")).toHaveCount(1);
});

test("a change made just before leaving is flushed, not lost in the save debounce", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Saved on the way out");
  await page.reload(); // well within the 300 ms debounce: pagehide must flush
  await expect.poll(() => titles(page)).toEqual(["Saved on the way out"]);
});

test("two tabs: a change in one shows in the other", async ({ context }) => {
  const a = await context.newPage();
  await startExample(a);
  await waitSaved(a);
  const b = await context.newPage();
  await b.goto("./");
  await expect(rows(b)).toHaveCount(40);
  await addItem(a, "Added in tab A");
  await expect(row(b, "Added in tab A")).toHaveCount(1);
  await expect(b.getByRole("status", { name: "Notifications" })).toContainText("Updated with changes made in another tab.");
  // What tab B is typing and has not saved survives a change arriving from tab A.
  await b.getByLabel("Title of the new item").fill("Half typed in B");
  await addItem(a, "Second from tab A");
  await expect(row(b, "Second from tab A")).toHaveCount(1);
  await expect(b.getByLabel("Title of the new item")).toHaveValue("Half typed in B");
});

test("two tabs editing at once: neither silently overwrites the other", async ({ context }) => {
  const a = await context.newPage();
  await startEmpty(a);
  await addItem(a, "Shared");
  await waitSaved(a);
  const b = await context.newPage();
  await b.goto("./");
  await expect(row(b, "Shared")).toHaveCount(1);
  // Both tabs change the workspace at once. Saving waits ~20 ms for the
  // frame: if the writes cross, the tab that would overwrite must notice and
  // ask; if one tab saw the other's change before its own, it builds on it
  // and both items survive. Either way nothing is silently lost.
  const addFast = (p, title) => p.evaluate((t) => {
    const input = document.getElementById("new-item-title");
    input.value = t;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.closest("form").requestSubmit();
  }, title);
  await Promise.all([addFast(b, "Only in B"), addFast(a, "Only in A")]);
  const conflictIn = (p) => p.getByRole("alert").filter({ hasText: "This workspace was changed in another tab" });
  const both = async (p) => (await row(p, "Only in A").count()) === 1 && (await row(p, "Only in B").count()) === 1;
  const outcome = async () => {
    if ((await conflictIn(a).count()) + (await conflictIn(b).count()) > 0) return "conflict";
    if ((await both(a)) && (await both(b)) && (await storedWorkspace(a)).includes("Only in A") && (await storedWorkspace(a)).includes("Only in B")) return "merged";
    return "pending";
  };
  await expect.poll(outcome, { timeout: 5000 }).not.toBe("pending");
  if ((await outcome()) === "merged") return;
  await b.waitForTimeout(500);
  const [keeper, other, keptItem, lostItem] = (await conflictIn(a).count()) ? [a, b, "Only in A", "Only in B"] : [b, a, "Only in B", "Only in A"];
  // The tab that noticed still shows its own change.
  await expect(row(keeper, keptItem)).toHaveCount(1);

  await conflictIn(keeper).getByRole("button", { name: "Keep this tab's version" }).click();
  await expect(conflictIn(keeper)).toHaveCount(0);
  // The other tab follows by itself, as the alert promised (if it was asking
  // too, it stops asking: no second choice that could undo the first).
  for (const p of [a, b]) {
    await expect(row(p, keptItem)).toHaveCount(1);
    await expect(row(p, lostItem)).toHaveCount(0);
    await expect(conflictIn(p)).toHaveCount(0);
  }
  expect(await storedWorkspace(a)).toContain(keptItem);
});

test("the export reminder appears after 7 days of unexported changes and goes away on export", async ({ page }) => {
  await startExample(page);
  await waitSaved(page);
  await page.evaluate(() => {
    const day = 24 * 3600 * 1000;
    const meta = JSON.parse(localStorage.getItem("jalon.meta"));
    meta.last_export_at = Date.now() - 9 * day;
    meta.changed_since = Date.now() - 8 * day;
    localStorage.setItem("jalon.meta", JSON.stringify(meta));
  });
  await page.reload();
  const reminder = page.getByRole("status").filter({ hasText: "Your last export was more than 7 days ago" });
  await expect(reminder).toBeVisible();
  await Promise.all([page.waitForEvent("download"), reminder.getByRole("button", { name: "Export now" }).click()]);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Backlog" })).toBeVisible();
  await expect(page.getByText("Your last export was more than 7 days ago")).toHaveCount(0);
});

test("settings show how much of the storage quota is used", async ({ page }) => {
  await startExample(page);
  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByText(/This workspace takes [\d.]+ KB of the about 10.0 MB this browser gives Jalon \(\d+ %\)\./)).toBeVisible();
  await expect(page.getByText("Never exported.")).toBeVisible();
  await exportFile(page);
  await expect(page.getByText(/^Last export: /)).toBeVisible();
});

test("opens offline after the first visit, with the data", async ({ page, context }) => {
  await startExample(page);
  await waitSaved(page);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload(); // now controlled by the service worker
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await context.setOffline(true);
  await page.reload();
  await expect(rows(page)).toHaveCount(40);
  await context.setOffline(false);
});

test("damaged storage that cannot be backed up is never written over before it is downloaded", async ({ page }) => {
  await open(page);
  // A damaged copy so large that a second copy does not fit in the quota.
  const damaged = '{"format":"jalon","version":1,"workspace":' + "x".repeat(3_000_000);
  await page.evaluate((v) => localStorage.setItem("jalon.workspace", v), damaged);
  await page.reload();
  const alert = page.getByRole("alert").filter({ hasText: "could not be read" });
  await expect(alert).toContainText("Jalon will not save over it until you download it");
  expect(await backups(page)).toEqual([]);
  await expect(alert.getByRole("button", { name: "Dismiss" })).toHaveCount(0);

  await page.getByRole("button", { name: "Start empty" }).click();
  await addItem(page, "Work while held");
  await page.waitForTimeout(600);
  expect(await storedWorkspace(page)).toBe(damaged);
  await expect(page.getByRole("status").filter({ hasText: "Not saved" })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "Download the saved copy" }).click()]);
  const fs = await import("node:fs");
  expect(fs.readFileSync(await download.path(), "utf8")).toBe(damaged);
  await alert.getByRole("button", { name: "Dismiss" }).click();
  await waitSaved(page);
  expect(await storedWorkspace(page)).toContain("Work while held");
});

test("a large workspace: a burst of changes is written once, after it pauses, and within the second", async ({ page }) => {
  // ~4 MB: a write takes tens of ms, so saving waits for a pause (a small
  // workspace is written at once, see the test above).
  const file = JSON.parse(fs.readFileSync(fixture("v4.json"), "utf8"));
  const words = "Brew guide for the winter blend with tasting notes, grind sizes and a checklist for the shop. ".repeat(4);
  for (let i = 0; i < 9000; i++) file.workspace.backlog.push({ id: `it-big-${i}`, title: `Bulk item ${i}`, kind: "content", status: "todo", description: words });
  await startExample(page);
  await importFile(page, "big.json", JSON.stringify(file));
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await waitSaved(page);
  // Opened again, as a person's large workspace is (the write's cost is then
  // known from the stored size, not learned from the small example's writes).
  await page.reload();
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
  const result = await page.evaluate(async () => {
    const writes = [];
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) { if (k === "jalon.workspace") writes.push([performance.now(), v.length]); return set.call(this, k, v); };
    const input = document.getElementById("new-item-title");
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) {
      input.value = `Burst item ${i}`;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.closest("form").requestSubmit();
      await new Promise((r) => setTimeout(r, 40));
    }
    const burstEnd = performance.now();
    await new Promise((r) => setTimeout(r, 1500));
    Storage.prototype.setItem = set;
    return { during: writes.filter(([t]) => t < burstEnd).length, after: writes.filter(([t]) => t >= burstEnd).map(([t]) => t - burstEnd), burst: burstEnd - t0 };
  });
  // Not one write per change in the middle of the burst…
  expect(result.during, JSON.stringify(result)).toBe(0);
  // …one after it, well within the second and a half waited.
  expect(result.after.length, JSON.stringify(result)).toBe(1);
  expect(result.after[0]).toBeLessThan(1000);
  const stored = await page.evaluate(() => localStorage.getItem("jalon.workspace"));
  for (let i = 0; i < 10; i++) expect(stored).toContain(`Burst item ${i}`);
});
