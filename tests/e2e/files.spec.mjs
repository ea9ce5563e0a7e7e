// Export and import: the workspace file is the public contract. A good file
// shows what it holds and asks first (when there is anything to replace);
// a bad one explains itself and changes nothing.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { here, fixture, open, startEmpty, startExample, addItem, rows, titles, exportFile, importFile, storedWorkspace, waitSaved } from "./helpers.mjs";

const schema = JSON.parse(fs.readFileSync(path.join(here, "../../public/schema/jalon-workspace.schema.json"), "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test("export names the file after the workspace and the day, and matches the published schema", async ({ page }) => {
  await startExample(page);
  const { name, text } = await exportFile(page);
  const today = new Date();
  const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  expect(name).toBe(`jalon-northwind-coffee-marketing-${ymd}.json`);
  const doc = JSON.parse(text);
  expect(doc.format).toBe("jalon");
  expect(doc.version).toBe(4);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  expect(doc.workspace.backlog).toHaveLength(40);
  // The schema is published with the app.
  const res = await page.request.get("schema/jalon-workspace.schema.json");
  expect(res.ok()).toBe(true);
});

test("export, import in a fresh browser profile, export again: identical", async ({ page, browser }) => {
  await startExample(page);
  await addItem(page, "Only in this browser", "Content");
  const first = await exportFile(page);

  // A fresh profile has nothing to lose: the file opens without a question.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await open(other);
  await importFile(other, first.name, first.text);
  await expect(other.getByText("Imported “Northwind Coffee marketing”.")).toBeVisible();
  await expect(other.getByRole("dialog")).toHaveCount(0);
  await expect(rows(other)).toHaveCount(41);
  await waitSaved(other);
  await other.reload();
  await expect(rows(other)).toHaveCount(41);
  const second = await exportFile(other);
  expect(JSON.parse(second.text).workspace).toEqual(JSON.parse(first.text).workspace);
  await fresh.close();
});

test("import can be cancelled, and undone after it is confirmed", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Mine");
  const example = fs.readFileSync(fixture("v2.json"), "utf8");
  await importFile(page, "team.json", example);
  // A workspace with work in it: the file says what it holds, and asks.
  const dialog = page.getByRole("dialog", { name: "Replace your workspace with this file?" });
  await expect(dialog).toContainText("“team.json” contains “Northwind Coffee marketing”");
  await expect(dialog).toContainText("Backlog items: 40");
  await expect(dialog).toContainText("Campaigns: 6");
  await expect(dialog).toContainText("KPIs: 12");
  // The page behind the question is out of reach until it is answered.
  await expect(page.getByRole("button", { name: "Replace my workspace" })).toBeFocused();
  // Tab and Shift+Tab go round its buttons, never out of it (where Escape
  // would not reach it).
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => document.activeElement.closest("[role=dialog]") ? "dialog" : document.activeElement.tagName)).toBe("dialog");
  }
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Export", exact: true })).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // The keyboard is back where it was, on Import, not at the top of the page.
  await expect(page.getByRole("button", { name: "Import", exact: true })).toBeFocused();
  await expect.poll(() => titles(page)).toEqual(["Mine"]);
  await importFile(page, "team.json", example);
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await expect(rows(page)).toHaveCount(40);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => titles(page)).toEqual(["Mine"]);
});

test("dropping a file on the page imports it", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Mine");
  const text = fs.readFileSync(fixture("v2.json"), "utf8");
  const dt = await page.evaluateHandle((t) => {
    const d = new DataTransfer();
    d.items.add(new File([t], "dropped.json", { type: "application/json" }));
    return d;
  }, text);
  await page.dispatchEvent("main", "dragover", { dataTransfer: dt });
  await page.dispatchEvent("main", "drop", { dataTransfer: dt });
  await expect(page.getByRole("dialog")).toContainText("“dropped.json” contains “Northwind Coffee marketing”");
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await expect(rows(page)).toHaveCount(40);
});

const valid = JSON.parse(fs.readFileSync(fixture("v2.json"), "utf8"));
const withWorkspace = (patch) => JSON.stringify({ ...valid, workspace: patch(structuredClone(valid.workspace)) });

const badFiles = [
  ["not JSON", "notes.json", "{ this is not json", /not valid JSON \(error at line 1, column 3\)/],
  ["a single Trello card", "card.json", JSON.stringify({ id: "c1", idBoard: "b1", idList: "l1", name: "One card" }), /This is a single Trello card\. Export the whole board instead/],
  ["another tool's format", "drawing.json", JSON.stringify({ format: "excalidraw", version: 2 }), /“excalidraw” file, not a Jalon/],
  ["a JSON list", "list.json", "[1, 2, 3]", /holds a list or a single value/],
  ["a newer version", "future.json", JSON.stringify({ ...valid, version: 99 }), /newer version of Jalon \(file version 99; this app reads up to version 4\)/],
  ["a missing field", "missing.json", withWorkspace((w) => { delete w.backlog[2].title; return w; }), /workspace\.backlog\[2\]\.title is missing/],
  ["an out-of-range field", "range.json", withWorkspace((w) => { w.risks[0].probability = 9; w.backlog[0].estimate_hours = -4; return w; }),
    /workspace\.backlog\[0\]\.estimate_hours must be between 0 and 10000[\s\S]*workspace\.risks\[0\]\.probability must be between 1 and 5/],
  ["a wrong kind", "kind.json", withWorkspace((w) => { w.backlog[5].kind = "blogpost"; return w; }), /workspace\.backlog\[5\]\.kind must be one of: feature, experiment/],
];

for (const [what, name, content, message] of badFiles) {
  test(`a bad file (${what}) is refused with a clear message and changes nothing`, async ({ page }) => {
    await startEmpty(page);
    await addItem(page, "Keep me");
    await waitSaved(page);
    const before = await storedWorkspace(page);
    await importFile(page, name, content);
    const alert = page.getByRole("alert").filter({ hasText: `“${name}” was not imported` });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("Your workspace has not changed.");
    await expect(alert).toContainText(message);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect.poll(() => titles(page)).toEqual(["Keep me"]);
    expect(await storedWorkspace(page)).toBe(before);
  });
}

test("50 MB of junk is refused by its size before it is read", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Keep me");
  const junk = path.join(test.info().outputDir, "junk.json");
  fs.mkdirSync(path.dirname(junk), { recursive: true });
  fs.writeFileSync(junk, Buffer.alloc(50 * 1024 * 1024, "x"));
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import", exact: true }).click()]);
  await chooser.setFiles(junk);
  const alert = page.getByRole("alert").filter({ hasText: "“junk.json” was not imported" });
  await expect(alert).toContainText("The file is 50.0 MB; a Jalon file is at most 20.0 MB.");
  await expect.poll(() => titles(page)).toEqual(["Keep me"]);
});

test("the version fixtures of every release import", async ({ page }) => {
  await startEmpty(page);
  let first = true;
  for (const f of fs.readdirSync(path.join(here, "../fixtures")).filter((f) => /^v\d+\.json$/.test(f))) {
    await importFile(page, f, fs.readFileSync(fixture(f), "utf8"));
    // Into the empty workspace at once; over the previous file, after asking.
    if (!first) await page.getByRole("button", { name: "Replace my workspace" }).click();
    first = false;
    await expect(rows(page).first()).toBeVisible();
  }
});

test("a file opens from the welcome screen without a question", async ({ page }) => {
  await open(page);
  await importFile(page, "team.json", fs.readFileSync(fixture("v2.json"), "utf8"));
  await expect(rows(page)).toHaveCount(40);
  await expect(page.getByText("Imported “Northwind Coffee marketing”.")).toBeVisible();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(rows(page)).toHaveCount(40);
});

test("a file replaces an empty workspace without a question, undoably", async ({ page }) => {
  await startEmpty(page);
  await importFile(page, "team.json", fs.readFileSync(fixture("v2.json"), "utf8"));
  await expect(rows(page)).toHaveCount(40);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(rows(page)).toHaveCount(0);
});

const trelloBoard = fs.readFileSync(fixture("trello/sample-board-export.json"), "utf8");

test("a Trello board export adds its cards to the backlog, once, undoably", async ({ page }) => {
  await startExample(page);
  await importFile(page, "trello-board.json", trelloBoard);
  const dialog = page.getByRole("dialog", { name: "Add this Trello board's cards to the backlog?" });
  await expect(dialog).toContainText("Cards to add: 9");
  await expect(dialog).toContainText("Checklist items, as acceptance criteria: 12");
  await expect(dialog).toContainText("Archived cards skipped: 1");
  await dialog.getByRole("button", { name: "Add to backlog" }).click();
  await expect(rows(page)).toHaveCount(49);
  await expect(page.getByText("Added 9 cards from Trello.")).toBeVisible();
  const twoLists = rows(page).filter({ hasText: "a card with two checklists" });
  await expect(twoLists).toContainText("1/5 criteria met"); // one checklist item is ticked in Trello
  await expect(rows(page).filter({ hasText: "archived card in DONE" })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(rows(page)).toHaveCount(40);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect(rows(page)).toHaveCount(49);

  // The same board again adds nothing.
  await importFile(page, "trello-board.json", trelloBoard);
  await expect(dialog).toContainText("Cards already imported, left as they are: 9");
  await expect(dialog.getByRole("button", { name: "Add to backlog" })).toBeDisabled();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(rows(page)).toHaveCount(49);
});

test("a Trello board imported on the welcome screen becomes a workspace", async ({ page }) => {
  await open(page);
  await importFile(page, "trello-board.json", trelloBoard);
  await page.getByRole("button", { name: "Add to backlog" }).click();
  await expect(rows(page)).toHaveCount(9);
  await waitSaved(page);
  await page.reload();
  await expect(rows(page)).toHaveCount(9);
});
