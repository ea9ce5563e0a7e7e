// Shared steps, written the way a person uses the app: by visible names and roles.
import { test as base, expect } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Playwright's `test`, where a test also fails when the page threw an
 * uncaught error or logged one at any moment (a Rust panic shows as "RuntimeError:
 * unreachable"), even if every expectation of the test held.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const thrown = [];
    page.on("pageerror", (e) => thrown.push(e.message.split("\n")[0]));
    // An error thrown in a timer under Playwright's fake clock is reported
    // to the console instead.
    page.on("console", (m) => m.type() === "error" && thrown.push(m.text().split("\n")[0]));
    await use(page);
    expect(thrown, "uncaught errors in the page").toEqual([]);
  },
});

export const here = path.dirname(fileURLToPath(import.meta.url));
export const fixture = (name) => path.join(here, "..", "fixtures", name);

export async function open(page) {
  await page.goto("./");
  await expect(page.locator("main")).toBeVisible();
}

export async function startEmpty(page) {
  await open(page);
  await page.getByRole("button", { name: "Start empty" }).click();
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
}

export async function startExample(page) {
  await open(page);
  await page.getByRole("button", { name: "Explore an example workspace" }).click();
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
}

/** The example workspace on the projector (key P) on a fixed day: its region and slide title. */
export async function presentExample(page) {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  await page.keyboard.press("p");
  const show = page.getByRole("region", { name: "Presentation" });
  return { show, title: show.getByRole("heading", { level: 1 }) };
}

export const backlog = (page) => page.getByRole("list", { name: "Backlog" });
export const rows = (page) => backlog(page).getByRole("listitem");
export const row = (page, title) => rows(page).filter({ has: page.locator(".title").getByText(title, { exact: true }) });

export async function titles(page) {
  // The list renders in the same pass as its heading (the app may still be starting after a reload).
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
  return rows(page).locator(".title").allInnerTexts();
}

export async function addItem(page, title, kind) {
  await page.getByLabel("Title of the new item").fill(title);
  if (kind) await page.getByLabel("Kind of the new item").selectOption({ label: kind });
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(row(page, title)).toHaveCount(1);
}

/**
 * Resolves once the page has painted the frame after the last input and run
 * the task queued by that frame: what the app promises to have done "right
 * after the paint" is done by then, on a loaded machine too, where any fixed
 * timeout would be a guess. (The app's own frame callback was requested when
 * the input was handled, before this one, so it runs first.)
 */
export async function afterPaint(page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

export async function waitSaved(page) {
  await expect(page.getByRole("status").filter({ hasText: /^(✓ )?Saved$/ })).toBeVisible();
}

/** Clicks Export and returns the downloaded file's name and text. */
export async function exportFile(page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export", exact: true }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
}

/** Picks a file through the Import button's file chooser. */
export async function importFile(page, name, content) {
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Import", exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(content) });
}

export async function storedWorkspace(page) {
  return page.evaluate(() => localStorage.getItem("jalon.workspace"));
}
