// The marketing backlog item: the user-story template, acceptance criteria,
// planning and prioritisation fields, refused at the field when absurd.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { startEmpty, startExample, addItem, row, rows, waitSaved, titles, fixture, importFile, afterPaint } from "./helpers.mjs";
import fs from "node:fs";

test("a user story with acceptance criteria and RICE is saved and shown", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Landing page test", "Experiment (A/B test)");
  await row(page, "Landing page test").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("As a").fill("first-time visitor");
  await page.getByLabel("I want").fill("a clear price on the landing page");
  await page.getByLabel("So that").fill("I can decide without calling sales");
  await page.getByLabel("Channel").selectOption({ label: "SEA (paid search)" });
  await page.getByLabel("Target segment").fill("SMB owners");
  await page.getByLabel("KPI", { exact: true }).fill("Conversion rate");
  await page.getByLabel("Hypothesis to test").fill("Showing the price lifts conversion by 15 %");
  const crit = page.getByPlaceholder("New criterion");
  await crit.fill("Variant B shows the price");
  await crit.press("Enter");
  await crit.fill("Runs two weeks");
  await page.getByRole("button", { name: "Add criterion" }).click();
  await page.getByLabel("Variant B shows the price").check();
  await page.getByLabel("Estimate (hours)").fill("6");
  await page.getByLabel("Tags (comma separated)").fill("q2, pricing, Q2");
  await page.getByLabel("Reach (people per quarter)").fill("2000");
  await page.getByLabel("Impact").selectOption("2");
  await page.getByLabel("Confidence (%)").fill("80");
  await page.getByLabel("Effort (person-weeks)").fill("4");
  await expect(page.getByText("RICE score: 800")).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();

  const r = row(page, "Landing page test");
  await expect(r).toContainText("As a first-time visitor, I want a clear price on the landing page so that I can decide without calling sales.");
  await expect(r).toContainText("1/2 criteria met");
  await expect(r).toContainText("#q2");
  await expect(r).toContainText("#pricing");
  await waitSaved(page);
  await page.reload();
  await row(page, "Landing page test").getByRole("button", { name: "Edit" }).click();
  await expect(page.getByLabel("Hypothesis to test")).toHaveValue("Showing the price lifts conversion by 15 %");
  await expect(page.getByLabel("Variant B shows the price")).toBeChecked();
  await expect(page.getByLabel("Runs two weeks")).not.toBeChecked();
  await expect(page.getByLabel("Tags (comma separated)")).toHaveValue("q2, pricing");
  await expect(page.getByText("RICE score: 800")).toBeVisible();
});

test("absurd numbers are refused at the field and nothing is stored", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Webinar");
  await waitSaved(page);
  const before = await page.evaluate(() => localStorage.getItem("jalon.workspace"));
  await row(page, "Webinar").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Confidence (%)").fill("300");
  await expect(page.getByRole("alert").filter({ hasText: "Must be at most 100." })).toBeVisible();
  await page.getByLabel("Confidence (%)").fill("80");
  await page.getByLabel("Effort (person-weeks)").fill("0");
  await expect(page.getByRole("alert").filter({ hasText: "Must be more than 0." })).toBeVisible();
  await page.getByLabel("Estimate (hours)").fill("-3");
  await expect(page.getByRole("alert").filter({ hasText: "Must be at least 0." })).toBeVisible();
  await page.getByLabel("Value (1–10)").fill("lots");
  await expect(page.getByRole("alert").filter({ hasText: "Enter a number." })).toBeVisible();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need a fix before saving." })).toBeVisible();
  await expect(page.getByLabel("Estimate (hours)")).toBeFocused(); // the first field to fix
  // Still editing, nothing stored.
  await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("jalon.workspace"))).toBe(before);

  // A partial RICE is refused too.
  await page.getByLabel("Estimate (hours)").fill("");
  await page.getByLabel("Value (1–10)").fill("");
  await page.getByLabel("Effort (person-weeks)").fill("");
  await expect(page.getByText("Fill in reach, impact, confidence and effort, or leave all four empty.")).toBeVisible();
  await page.getByLabel("Confidence (%)").fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => titles(page)).toEqual(["Webinar"]);
});

test("the item editor is a form of its own, so its Assignee is told from the filter's", async ({ page }) => {
  await startExample(page);
  await row(page, "Winter blend landing page").getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("form", { name: "Item editor" });
  await editor.getByLabel("Assignee").selectOption({ label: "Hugo Bernard" });
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor).toHaveCount(0);
  await row(page, "Winter blend landing page").getByRole("button", { name: "Edit" }).click();
  await expect(editor.getByLabel("Assignee").locator("option:checked")).toHaveText("Hugo Bernard");
});

test("French decimal commas are understood", async ({ page }) => {
  await startExample(page);
  await row(page, "Winter blend landing page").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Estimate (hours)").fill("2,5");
  await page.getByRole("button", { name: "Save" }).click();
  await waitSaved(page);
  const ws = JSON.parse(await page.evaluate(() => localStorage.getItem("jalon.workspace"))).workspace;
  expect(ws.backlog.find((i) => i.title === "Winter blend landing page").estimate_hours).toBe(2.5);
});

test("filters narrow the list, live in the URL, and survive a reload or a shared link", async ({ page, browser }) => {
  await startExample(page);
  // Every row of a small backlog is laid out, off screen too: its text reads as shown.
  const all = await page.getByRole("list", { name: "Backlog" }).getByRole("listitem").allInnerTexts();
  expect(all).toHaveLength(40);
  expect(all.filter((t) => !t.trim())).toEqual([]);
  await page.getByRole("search").getByLabel("Kind").selectOption({ label: "Content" });
  // In the URL by the frame after the change, not 250 ms after the filters
  // settle: a link copied right away is the filtered view.
  await afterPaint(page);
  expect(page.url()).toMatch(/#\/backlog\?kind=content$/);
  await expect(page.getByText(/^Showing \d+ of 40$/)).toBeVisible();
  const contentCount = await page.getByRole("list", { name: "Backlog" }).getByRole("listitem").count();
  expect(contentCount).toBeGreaterThan(4);
  for (const kind of await page.getByRole("list", { name: "Backlog" }).locator(".kind-badge").allInnerTexts()) expect(kind).toContain("Content");

  await page.getByLabel("Search").fill("brew guide");
  await afterPaint(page);
  expect(page.url()).toMatch(/kind=content&q=brew%20guide/);
  const guides = await titles(page);
  expect(guides.length).toBeGreaterThan(2);
  expect(guides.every((t) => t.toLowerCase().includes("brew guide"))).toBe(true);

  const url = page.url();
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(guides);
  await expect(page.getByLabel("Search")).toHaveValue("brew guide");

  const other = await page.context().newPage();
  await other.goto(url);
  await expect.poll(() => titles(other)).toEqual(guides);
  await other.close();

  await page.getByLabel("Campaign").selectOption({ label: "Brew guides SEO hub" });
  await page.reload();
  await expect(page.getByLabel("Campaign")).toHaveValue("cp-2");
  await expect(page.getByRole("search").getByLabel("Kind")).toHaveValue("content");

  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByText("40 items")).toBeVisible();
  await expect(page).toHaveURL(/#\/backlog$/);
  // The selects show the cleared state too, not the last choice.
  await expect(page.getByRole("search").getByLabel("Kind")).toHaveValue("");
  await expect(page.getByLabel("Campaign")).toHaveValue("");
  await expect(page.getByLabel("Search")).toHaveValue("");

  await page.getByLabel("Tag").selectOption("winter");
  await expect.poll(() => titles(page)).toEqual(["A/B test hero image: product vs. people"]);
  await page.getByLabel("Search").fill("no such thing at all");
  await expect(page.getByText("No item matches these filters.")).toBeVisible();
});

test("the filters show their whole choice in French at 1280 px", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await startExample(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("navigation", { name: "Espaces" }).getByRole("link", { name: "Backlog" }).click();
  const search = page.getByRole("search");
  await expect(search.getByLabel("Campagne")).toBeVisible();
  // The chosen option's text, as drawn, fits inside its select (past the
  // padding and the arrow): "Toutes les campagnes" was cut to "Toutes les campa".
  const cut = await search.locator("select").evaluateAll((ss) => {
    const ctx = document.createElement("canvas").getContext("2d");
    return ss.filter((s) => {
      const cs = getComputedStyle(s);
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const text = ctx.measureText(s.options[s.selectedIndex].text).width;
      return text + parseFloat(cs.paddingLeft) + 16 > s.clientWidth;
    }).map((s) => s.options[s.selectedIndex].text);
  });
  expect(cut).toEqual([]);
  // And they stay on one row with the search box.
  const tops = await search.locator(".field").evaluateAll((fs) => new Set(fs.map((f) => Math.round(f.getBoundingClientRect().top))).size);
  expect(tops).toBe(1);
});

test("deleting a row by keyboard leaves the focus on the next row, or the one before the last", async ({ page }) => {
  await startEmpty(page);
  for (const t of ["One", "Two", "Three"]) await addItem(page, t);
  await row(page, "Two").getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect.poll(() => titles(page)).toEqual(["One", "Three"]);
  await expect(row(page, "Three").getByRole("button", { name: "Edit" })).toBeFocused();
  // Undone by keyboard: the row is back, and the keyboard on it.
  await page.keyboard.press("Control+z");
  await expect.poll(() => titles(page)).toEqual(["One", "Two", "Three"]);
  await expect(row(page, "Two").getByRole("button", { name: "Edit" })).toBeFocused();
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => titles(page)).toEqual(["One", "Three"]);
  await row(page, "Three").getByRole("button", { name: "Delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(row(page, "One").getByRole("button", { name: "Edit" })).toBeFocused();
});

test("ranking by RICE or value per effort orders by score and locks manual moves", async ({ page }) => {
  await startExample(page);
  await page.getByLabel("Order").selectOption({ label: "RICE score" });
  await expect(page).toHaveURL(/rank=rice/);
  const scores = (await page.getByRole("list", { name: "Backlog" }).locator(".score").allInnerTexts()).map((s) => Number(s.replace("RICE ", "")));
  expect(scores.length).toBe(40);
  expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  await expect(page.getByRole("list", { name: "Backlog" }).getByRole("button", { name: /^Move up/ }).first()).toBeDisabled();
  await expect(page.getByText("Ordered by score: choose Manual priority to move items.")).toBeVisible();
  await page.getByLabel("Order").selectOption({ label: "Value ÷ effort" });
  const ve = (await page.getByRole("list", { name: "Backlog" }).locator(".score").allInnerTexts()).map((s) => Number(s.replace("V/E ", "")));
  expect([...ve].sort((a, b) => b - a)).toEqual(ve);
});

test("moving in a filtered list moves past the visible neighbour", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Post A", "Content");
  await addItem(page, "Test B", "Experiment (A/B test)");
  await addItem(page, "Post C", "Content");
  await page.getByRole("search").getByLabel("Kind").selectOption({ label: "Content" });
  await expect.poll(() => titles(page)).toEqual(["Post A", "Post C"]);
  await row(page, "Post C").getByRole("button", { name: "Move up" }).click();
  await expect.poll(() => titles(page)).toEqual(["Post C", "Post A"]);
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(() => titles(page)).toEqual(["Post C", "Post A", "Test B"]);
});

test("the value-vs-effort matrix places items by their numbers and opens them", async ({ page }) => {
  await startEmpty(page);
  for (const [title, value, effort] of [["Quick one", "8", "2"], ["Big one", "9", "9"], ["Pit", "2", "9"], ["Unscored", "", ""]]) {
    await addItem(page, title);
    if (!value) continue;
    await row(page, title).getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Value (1–10)").fill(value);
    await page.getByLabel("Effort (1–10)").fill(effort);
    await page.getByRole("button", { name: "Save" }).click();
  }
  const toggle = page.getByRole("button", { name: "Value vs effort matrix" });
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  // Pressed and hovered, its label stays readable (WCAG AA: contrast ≥ 4.5).
  await toggle.hover();
  expect(await toggle.evaluate((el) => {
    const rgb = (c) => c.match(/\d+/g).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const s = getComputedStyle(el);
    const [a, b] = [lum(rgb(s.color)), lum(rgb(s.backgroundColor))].sort((x, y) => y - x);
    return (a + 0.05) / (b + 0.05);
  })).toBeGreaterThan(4.5);
  const matrix = page.getByRole("group", { name: "Value vs effort" });
  await expect(matrix.getByRole("button", { name: "Quick one: value 8, effort 2, Quick wins" })).toBeVisible();
  await expect(matrix.getByRole("button", { name: "Big one: value 9, effort 9, Big bets" })).toBeVisible();
  await expect(matrix.getByRole("button", { name: "Pit: value 2, effort 9, Money pits" })).toBeVisible();
  await expect(page.getByText("1 shown item has no value or effort yet.")).toBeVisible();
  // Points sit where their numbers say: the quick win is left of and above the pit.
  const q = await matrix.getByRole("button", { name: /^Quick one/ }).locator("circle").boundingBox();
  const p = await matrix.getByRole("button", { name: /^Pit/ }).locator("circle").boundingBox();
  expect(q.x).toBeLessThan(p.x);
  expect(q.y).toBeLessThan(p.y);
  // Keyboard: focus a point, Enter opens that item.
  await matrix.getByRole("button", { name: /^Big one/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Big one");
  await expect(page.getByLabel("Title", { exact: true })).toBeFocused();
  // Closed again: the keyboard is back on that point, not on the row far below.
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(matrix.getByRole("button", { name: /^Big one/ })).toBeFocused();
});

/** Drags a row by its handle with the mouse and drops it above (or below) another row. */
async function dragRow(page, title, target, { below = false, drop = true } = {}) {
  const handle = row(page, title).getByRole("button", { name: `Drag to reorder ${title}` });
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  const to = await row(page, target).boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, to.y + to.height * (below ? 0.75 : 0.25), { steps: 8 });
  if (drop) await page.mouse.up();
}

test("a row dragged by its handle lands where the line shows; undo puts it back; the order survives a reload", async ({ page }) => {
  await startEmpty(page);
  for (const t of ["A", "B", "C", "D"]) await addItem(page, t);
  await dragRow(page, "D", "B", { drop: false });
  // While dragging: a line between A and B, and the row follows the pointer.
  const line = page.locator(".drop-line");
  await expect(line).toBeVisible();
  const [a, b, l] = [await row(page, "A").boundingBox(), await row(page, "B").boundingBox(), await line.boundingBox()];
  expect(l.y).toBeGreaterThan(a.y + a.height - 4);
  expect(l.y + l.height).toBeLessThan(b.y + 4);
  await page.mouse.up();
  await expect(line).toBeHidden();
  await expect.poll(() => titles(page)).toEqual(["A", "D", "B", "C"]);
  await expect(row(page, "D").getByRole("button", { name: "Drag to reorder D" })).toBeFocused();

  await page.keyboard.press("Control+z");
  await expect.poll(() => titles(page)).toEqual(["A", "B", "C", "D"]);
  await page.keyboard.press("Control+Shift+z");
  await expect.poll(() => titles(page)).toEqual(["A", "D", "B", "C"]);

  // Downwards, to the end of the list.
  await dragRow(page, "A", "C", { below: true });
  await expect.poll(() => titles(page)).toEqual(["D", "B", "C", "A"]);
  await waitSaved(page);
  await page.reload();
  await expect.poll(() => titles(page)).toEqual(["D", "B", "C", "A"]);
  await page.keyboard.press("Control+z"); // nothing to undo after a reload: the order stays
  await expect.poll(() => titles(page)).toEqual(["D", "B", "C", "A"]);
});

test("dragging in a filtered list moves next to the visible neighbours; Escape cancels a drag", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Post A", "Content");
  await addItem(page, "Test B", "Experiment (A/B test)");
  await addItem(page, "Post C", "Content");
  await addItem(page, "Test D", "Experiment (A/B test)");
  await addItem(page, "Post E", "Content");
  await page.getByRole("search").getByLabel("Kind").selectOption({ label: "Content" });
  await expect.poll(() => titles(page)).toEqual(["Post A", "Post C", "Post E"]);
  await dragRow(page, "Post E", "Post A");
  await expect.poll(() => titles(page)).toEqual(["Post E", "Post A", "Post C"]);
  await dragRow(page, "Post A", "Post C", { below: true });
  await expect.poll(() => titles(page)).toEqual(["Post E", "Post C", "Post A"]);

  await dragRow(page, "Post C", "Post E", { drop: false });
  await expect(page.locator(".drop-line")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.locator(".drop-line")).toBeHidden();
  await page.mouse.up();
  await expect.poll(() => titles(page)).toEqual(["Post E", "Post C", "Post A"]);

  // Each drop put the item right next to its new visible neighbour, as the
  // move buttons do: E before A, then A just after C (before the hidden D).
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect.poll(() => titles(page)).toEqual(["Post E", "Test B", "Post C", "Post A", "Test D"]);
});

test("the drag handle is named, moves with the arrow keys, and is hidden when ranked by score", async ({ page }) => {
  await startEmpty(page);
  for (const t of ["A", "B", "C"]) await addItem(page, t);
  const handle = row(page, "C").getByRole("button", { name: "Drag to reorder C" });
  await handle.focus();
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => titles(page)).toEqual(["A", "C", "B"]);
  await expect(row(page, "C").getByRole("button", { name: "Drag to reorder C" })).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect.poll(() => titles(page)).toEqual(["C", "A", "B"]);
  await page.keyboard.press("ArrowDown");
  await expect.poll(() => titles(page)).toEqual(["A", "C", "B"]);
  await page.keyboard.press("Control+z");
  await expect.poll(() => titles(page)).toEqual(["C", "A", "B"]);

  await page.getByLabel("Order").selectOption({ label: "RICE score" });
  await expect(row(page, "A").getByRole("button", { name: "Drag to reorder A" })).toBeHidden();
  // A drag attempt where the handle was changes nothing.
  const box = await row(page, "A").boundingBox();
  await page.mouse.move(box.x + 12, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 12, box.y - 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => titles(page)).toEqual(["C", "A", "B"]);
});

test("a long backlog shows 50 rows and a Show more button; an item added beyond them is listed apart, under its own name", async ({ page }) => {
  const file = JSON.parse(fs.readFileSync(fixture("v4.json"), "utf8"));
  file.workspace.backlog = Array.from({ length: 60 }, (_, i) => ({ id: `it-l${i + 1}`, title: `Long item ${i + 1}`, kind: "content" }));
  file.workspace.sprints = [];
  await startEmpty(page);
  await importFile(page, "long.json", JSON.stringify(file));
  await expect(rows(page)).toHaveCount(50);
  // No empty list is announced while nothing was added beyond the window.
  const added = page.getByRole("list", { name: "Added just now" });
  await expect(added).toHaveCount(0);
  await page.getByLabel("Title of the new item").fill("Fresh idea");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(added.getByRole("listitem")).toHaveCount(1);
  await expect(added).toContainText("Fresh idea");
  await page.getByRole("button", { name: "Show 11 more" }).click();
  await expect(rows(page)).toHaveCount(61);
  await expect(rows(page).last()).toContainText("Fresh idea");
  await expect(added).toHaveCount(0);
});
