// The spine: first visit, the backlog end to end, undo/redo, navigation,
// language, and rendering user text as text.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { open, startEmpty, startExample, addItem, rows, row, titles, waitSaved, backlog } from "./helpers.mjs";

test("first visit offers the example or an empty start, from a sub-path", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await open(page);
  expect(page.url()).toContain("/jalon/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan, prioritise and measure your marketing");
  await expect(page.getByRole("button", { name: "Explore an example workspace" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Start empty" })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the example workspace is a realistic team's backlog", async ({ page }) => {
  await startExample(page);
  await expect(rows(page)).toHaveCount(40);
  await expect(page.getByText("40 items")).toBeVisible();
  for (const kind of ["Feature marketing", "Experiment (A/B test)", "Technical improvement", "Campaign work", "Content"]) {
    await expect(backlog(page).getByText(kind).first()).toBeVisible();
  }
});

test("an added item survives a reload", async ({ page }) => {
  await startEmpty(page);
  await expect(page.getByText("The backlog is empty")).toBeVisible();
  await addItem(page, "Launch webinar series", "Campaign work");
  await addItem(page, "Test subject lines", "Experiment (A/B test)");
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["Launch webinar series", "Test subject lines"]);
  await expect(row(page, "Test subject lines")).toContainText("Experiment (A/B test)");
});

test("an empty title is refused at the field and nothing is added", async ({ page }) => {
  await startEmpty(page);
  await page.getByLabel("Title of the new item").fill("   ");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(page.getByRole("alert")).toHaveText("Give the item a title.");
  await expect(rows(page)).toHaveCount(0);
});

test("edit title, kind and description; cancel with Escape changes nothing", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Draft newsletter");
  await row(page, "Draft newsletter").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Newsletter: March issue");
  await page.getByLabel("Kind", { exact: true }).last().selectOption({ label: "Content" });
  await page.getByLabel("Description").fill("Lead with the spring blend.");
  await page.getByRole("button", { name: "Save" }).click();
  const r = row(page, "Newsletter: March issue");
  await expect(r).toContainText("Content");
  await expect(r).toContainText("Lead with the spring blend.");
  await r.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Title", { exact: true }).fill("Something else");
  await page.keyboard.press("Escape");
  await expect(row(page, "Newsletter: March issue")).toHaveCount(1);
  await waitSaved(page);
  await page.reload();
  await expect(row(page, "Newsletter: March issue")).toContainText("Lead with the spring blend.");
});

test("delete, then undo with the button, Ctrl+Z, Ctrl+Shift+Z and the buttons", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "One");
  await addItem(page, "Two");
  await row(page, "One").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText("Deleted “One”. Ctrl+Z undoes it.");
  await expect.poll(() => titles(page)).toEqual(["Two"]);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => titles(page)).toEqual(["One", "Two"]);

  await page.evaluate(() => document.activeElement?.blur()); // focus out of the text field
  await page.keyboard.press("Control+z"); // undoes adding "Two"
  await expect.poll(() => titles(page)).toEqual(["One"]);
  await page.keyboard.press("Control+Shift+Z");
  await expect.poll(() => titles(page)).toEqual(["One", "Two"]);
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect.poll(() => titles(page)).toEqual([]);
  await page.getByRole("button", { name: "Redo", exact: true }).click();
  await expect.poll(() => titles(page)).toEqual(["One"]);
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["One"]);
});

test("undo keeps at least 100 steps", async ({ page }) => {
  test.setTimeout(120_000);
  await startEmpty(page);
  const input = page.getByLabel("Title of the new item");
  for (let i = 1; i <= 105; i++) {
    await input.fill(`Item ${i}`);
    await input.press("Enter");
  }
  await expect(rows(page)).toHaveCount(105);
  await page.evaluate(() => document.activeElement?.blur()); // focus out of the text field
  for (let i = 0; i < 105; i++) await page.keyboard.press("Control+z");
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Undo", exact: true })).toBeDisabled();
});

test("reorder with the buttons and with Alt+arrows, keeping focus", async ({ page }) => {
  await startEmpty(page);
  for (const t of ["A", "B", "C"]) await addItem(page, t);
  await row(page, "C").getByRole("button", { name: "Move up" }).click();
  await expect.poll(() => titles(page)).toEqual(["A", "C", "B"]);
  await row(page, "A").getByRole("button", { name: "Move down" }).click();
  await expect.poll(() => titles(page)).toEqual(["C", "A", "B"]);
  await row(page, "B").getByRole("button", { name: "Edit" }).focus();
  await page.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => titles(page)).toEqual(["C", "B", "A"]);
  await page.keyboard.press("Alt+ArrowUp");
  await expect.poll(() => titles(page)).toEqual(["B", "C", "A"]);
  await expect(row(page, "B").getByRole("button", { name: "Move up" })).toBeDisabled();
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["B", "C", "A"]);
});

test("a row focused right after a move takes the next key, and keeps the focus", async ({ page }) => {
  await startEmpty(page);
  for (const t of ["A", "B", "C"]) await addItem(page, t);
  // Move A down, then, before the next frame, focus C's Edit and press
  // Alt+Up there: the key acts on C, not on the A that was just moved.
  await page.evaluate(() => {
    const li = (t) => [...document.querySelectorAll("li[data-id]")].find((l) => l.querySelector(".title")?.textContent.trim() === t);
    li("A").querySelector("[data-act=down]").click();
    const edit = li("C").querySelector("[data-act=edit]");
    edit.focus();
    edit.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", altKey: true, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => titles(page)).toEqual(["B", "C", "A"]);
  // The focus follows C (to its Move up, as Alt+Up does), and A's move does
  // not pull it back a frame later.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(row(page, "C").getByRole("button", { name: "Move up" })).toBeFocused();
});

test("text that looks like HTML is shown as text", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await startEmpty(page);
  const evil = `<img src=x onerror="alert(1)"><b>bold</b>`;
  await addItem(page, evil);
  await expect(row(page, evil).locator(".title")).toHaveText(evil);
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.locator("main b")).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("every area has its own URL; back, forward and reload keep the place", async ({ page }) => {
  await startExample(page);
  const nav = page.getByRole("navigation", { name: "Areas" });
  const areas = [["Portfolio", "portfolio"], ["Sprint", "sprint"], ["Milestones", "milestones"], ["KPIs", "kpis"], ["Meeting", "meeting"], ["Settings", "settings"], ["Backlog", "backlog"]];
  for (const [name, slug] of areas) {
    await nav.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/jalon/#/${slug}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name === "Sprint" ? /^Sprint( \d+)?$/ : name); // the sprint area is titled by its sprint
    await expect(nav.getByRole("link", { name })).toHaveAttribute("aria-current", "page");
  }
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await page.goBack();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Meeting");
  await page.goForward();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
});

test("switching to French translates the app and is remembered", async ({ page }) => {
  await startExample(page);
  // A message written in English does not stay on screen among French words.
  await rows(page).last().getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText(/^Deleted “/)).toBeVisible();
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Language").selectOption("fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres");
  await expect(page.getByText(/^Deleted “/)).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const nav = page.getByRole("navigation", { name: "Espaces" });
  await expect(nav.getByRole("link", { name: "Portefeuille" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Paramètres");
  await nav.getByRole("link", { name: "Backlog" }).click();
  await expect(page.getByRole("button", { name: "Ajouter l'élément" })).toBeVisible();
  await expect(page.getByText("39 éléments")).toBeVisible();
});

test.describe("a French browser", () => {
  test.use({ locale: "fr-FR" });
  test("gets French by default", async ({ page }) => {
    await open(page);
    await expect(page.getByRole("button", { name: "Explorer un espace d'exemple" })).toBeVisible();
  });
});
