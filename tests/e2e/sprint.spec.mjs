// Sprints as a team runs them: plan against capacity, start (the scope
// locks), force an item in with a reason, move cards, close with carry-over,
// turn a retro action into a backlog item.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { startEmpty, startExample, addItem, row, waitSaved, fixture, importFile } from "./helpers.mjs";
import fs from "node:fs";

const view = (page, name) => page.getByRole("navigation", { name: "Sprint views" }).getByRole("link", { name, exact: true });
// A column is named by its title alone, whatever its count.
const column = (page, name) => page.getByRole("region", { name, exact: true });
const cards = (page, name) => column(page, name).getByRole("listitem");

async function estimate(page, title, hours, who) {
  await row(page, title).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Estimate (hours)").fill(String(hours));
  if (who) await page.getByRole("group", { name: "Planning" }).getByLabel("Assignee").selectOption({ label: who });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(row(page, title)).toBeVisible();
}

test("plan over capacity, start, force-add with a reason, move cards, close with carry-over, retro action to backlog", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startEmpty(page);
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await view(page, "Team").click();
  await page.getByLabel("Name", { exact: true }).fill("Léa Martin");
  await page.getByLabel("Hours per week").fill("4");
  await page.getByLabel("content").check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("heading", { name: "Léa Martin" })).toBeVisible();

  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  for (const t of ["Blog post", "Newsletter", "Webinar"]) await addItem(page, t);
  await estimate(page, "Blog post", 5, "Léa Martin");
  await estimate(page, "Newsletter", 4, "Léa Martin");
  await estimate(page, "Webinar", 3);

  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("button", { name: "New sprint" }).first().click();
  await expect(page.getByRole("heading", { name: "Sprint 1", level: 1 })).toBeVisible();
  await expect(view(page, "Planning")).toHaveAttribute("aria-current", "page");
  await page.getByRole("button", { name: "Add to sprint Blog post" }).click();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Add to sprint Newsletter" }).click();
  // 4 h a week over two weeks = 8 h; 9 h committed.
  await expect(page.getByText("Committed 9 h of 8 h available (113 %).")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Over capacity by 1 h" })).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Over capacity for: content (+1 h)." })).toBeVisible();

  await page.getByRole("button", { name: "Start sprint" }).click();
  await expect(page.locator(".badge", { hasText: "In progress" })).toBeVisible();

  // The scope is locked: adding asks.
  await page.getByRole("button", { name: "Add to sprint Webinar" }).click();
  const dialog = page.getByRole("dialog", { name: "Sprint 1 has started: its scope is locked" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Put it in the next sprint" })).toBeFocused();
  await dialog.getByRole("button", { name: "Keep it in the backlog" }).click();
  await expect(dialog).toBeHidden();
  // Answered, the keyboard is back on the button that asked.
  await expect(page.getByRole("button", { name: "Add to sprint Webinar" })).toBeFocused();
  await page.getByRole("button", { name: "Add to sprint Webinar" }).click();
  await dialog.getByRole("button", { name: "Add anyway…" }).click();
  await dialog.getByRole("button", { name: "Add with this reason" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Give your name and a reason: the change is recorded.");
  await dialog.getByLabel("Your name").fill("Léa");
  await dialog.getByLabel("Reason (recorded in the sprint)").fill("CEO request for the launch");
  await dialog.getByRole("button", { name: "Add with this reason" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: /In this sprint/ })).toContainText("Webinar");

  // The board: buttons and drag.
  await view(page, "Board").click();
  await expect(cards(page, "To do")).toHaveCount(3);
  await page.getByRole("button", { name: "Move “Blog post” to Doing" }).click();
  await expect(cards(page, "Doing")).toHaveText([/Blog post/]);
  await page.getByRole("button", { name: "Move “Blog post” to Done" }).click();
  await expect(cards(page, "Done")).toHaveText([/Blog post/]);
  await cards(page, "To do").filter({ hasText: "Newsletter" }).dragTo(column(page, "Doing"));
  await expect(cards(page, "Doing")).toHaveText([/Newsletter/]);
  // The burndown marks the scope change.
  const burndown = page.getByRole("img", { name: /Burndown/ });
  await expect(burndown).toHaveAttribute("aria-label", /; 1 scope change\./);
  await expect(burndown.locator(".scope-mark title")).toHaveText(/\+3 h Webinar/);
  // Both lines start from the commitment at the sprint's start (the ideal
  // line's first point is not already a day's work below it).
  await expect(burndown.locator(".tick.x").first()).toHaveText("Start");
  const first = async (cls) => (await burndown.locator(`polyline.${cls}`).getAttribute("points")).split(" ")[0];
  expect(await first("ideal")).toBe(await first("actual"));
  // Its legend reads as three entries, not one run-on word.
  await expect(page.getByRole("list").filter({ hasText: "Ideal" }).getByRole("listitem")).toHaveText([/Ideal$/, /Remaining$/, /Scope changes$/]);

  // Review and retrospective.
  await view(page, "Review & retro").click();
  const log = page.getByRole("region", { name: /Scope changes/ });
  await expect(log.getByRole("row").nth(1)).toContainText("Léa");
  await expect(log.getByRole("row").nth(1)).toContainText("Added “Webinar” (+3 h)");
  await expect(log.getByRole("row").nth(1)).toContainText("CEO request for the launch");
  await expect(page.getByRole("region", { name: /Delivered/ })).toContainText("Blog post");
  await page.getByLabel("What was delivered and its effect on the KPIs").fill("Blog post live, 1,200 visits.");
  await page.getByLabel("Went well").fill("Pairing on copy");
  await page.getByRole("button", { name: "Add Went well" }).click();
  await page.getByLabel("Actions", { exact: true }).fill("Automate the weekly report");
  await page.getByRole("button", { name: "Add Actions" }).click();
  await page.getByRole("button", { name: "Make a backlog item: Automate the weekly report" }).click();
  await expect(page.locator(".retro").getByText("In the backlog")).toBeVisible();

  // Close: Newsletter carries over to the next sprint, Webinar goes back.
  await page.getByLabel("Webinar").selectOption({ label: "Back to the backlog" });
  await expect(page.getByLabel("Newsletter")).toHaveValue("next");
  await page.getByRole("button", { name: "Close sprint", exact: true }).click();
  await expect(page.locator(".badge", { hasText: "Closed" })).toBeVisible();
  await expect(page.locator(".review-text")).toHaveText("Blog post live, 1,200 visits.");
  await expect(page.getByRole("button", { name: "Close sprint", exact: true })).toHaveCount(0);
  await page.getByLabel("Sprint", { exact: true }).selectOption({ label: "Sprint 2 — Planned" });
  await view(page, "Planning").click();
  await expect(page.getByRole("region", { name: /In this sprint/ })).toContainText("Newsletter");
  await expect(page.getByRole("region", { name: /In this sprint/ })).not.toContainText("Webinar");
  await view(page, "Velocity").click();
  await expect(page.getByRole("img", { name: "1 closed sprint, 5 h delivered on average." })).toBeVisible();

  await waitSaved(page);
  await page.reload();
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await expect(row(page, "Automate the weekly report")).toContainText("#retro");
  await expect(row(page, "Webinar")).toContainText("To do");
});

test("taking an item out of a started sprint asks why and records it", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startEmpty(page);
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await addItem(page, "Press release");
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("button", { name: "New sprint" }).first().click();
  await page.getByRole("button", { name: "Add to sprint Press release" }).click();
  await page.getByRole("button", { name: "Start sprint" }).click();
  await page.getByRole("button", { name: "Remove Press release" }).click();
  const dialog = page.getByRole("dialog", { name: "Take an item out of Sprint 1?" });
  await expect(dialog.getByLabel("Reason (recorded in the sprint)")).toBeFocused();
  await dialog.getByLabel("Your name").fill("Hugo");
  await dialog.getByLabel("Reason (recorded in the sprint)").fill("Legal review pending");
  await dialog.getByRole("button", { name: "Take it out" }).click();
  await expect(page.getByRole("region", { name: /In this sprint/ })).not.toContainText("Press release");
  await view(page, "Review & retro").click();
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("Removed “Press release”");
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("Legal review pending");
  // One undo puts it back, with no record.
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("No change since the sprint started.");
});

test("deleting an item of a started sprint asks why and records it like taking it out", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startEmpty(page);
  await addItem(page, "Press release");
  await addItem(page, "Banner set");
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("button", { name: "New sprint" }).first().click();
  await page.getByRole("button", { name: "Add to sprint Press release" }).click();
  await page.getByRole("button", { name: "Start sprint" }).click();
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  // Not in a sprint: deleted at once, as before.
  await page.getByRole("button", { name: "Delete Banner set" }).click();
  await expect(row(page, "Banner set")).toHaveCount(0);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  // In the started sprint: asked, and a reason is required.
  await page.getByRole("button", { name: "Delete Press release" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete an item of Sprint 1?" });
  await expect(dialog.getByLabel("Reason (recorded in the sprint)")).toBeFocused();
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(dialog.getByRole("alert")).toBeVisible();
  await expect(row(page, "Press release")).toHaveCount(1);
  await dialog.getByLabel("Your name").fill("Hugo");
  await dialog.getByLabel("Reason (recorded in the sprint)").fill("Campaign cancelled");
  await dialog.getByRole("button", { name: "Delete it" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(page, "Press release")).toHaveCount(0);
  await expect(page.getByLabel("Title of the new item")).toBeFocused();
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await view(page, "Review & retro").click();
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("Removed “Press release”");
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("Campaign cancelled");
  // One undo brings the item back and takes the record away.
  await page.keyboard.press("Control+z");
  await expect(page.getByRole("region", { name: /Scope changes/ })).toContainText("No change since the sprint started.");
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await expect(row(page, "Press release")).toHaveCount(1);
});

test("a planned sprint's board takes cards from the backlog column by drag; a started one asks", async ({ page }) => {
  await startEmpty(page);
  await addItem(page, "Banner set");
  await addItem(page, "Landing copy");
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("button", { name: "New sprint" }).first().click();
  await view(page, "Board").click();
  await page.getByRole("button", { name: "Show the backlog column" }).click();
  await expect(cards(page, "Backlog")).toHaveCount(2);
  // Dragged the way a hand does it: press, move in small steps across the columns, release.
  const from = await cards(page, "Backlog").filter({ hasText: "Banner set" }).boundingBox();
  const to = await column(page, "To do").getByRole("heading").boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(cards(page, "To do")).toHaveText([/Banner set/]);
  await page.getByLabel("Title of the new item").fill("Social teaser");
  await page.getByLabel("Title of the new item").press("Enter");
  await expect(cards(page, "Backlog")).toHaveCount(2);
  await view(page, "Planning").click();
  await page.getByRole("button", { name: "Start sprint" }).click();
  await view(page, "Board").click();
  await page.getByRole("button", { name: "Show the backlog column" }).click();
  await page.getByRole("button", { name: "Move “Landing copy” to To do" }).click();
  await expect(page.getByRole("dialog", { name: /scope is locked/ })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cards(page, "Backlog").filter({ hasText: "Landing copy" })).toHaveCount(1);
});

test("team members: absurd hours are refused, and removing someone with work asks who takes it", async ({ page }) => {
  await startEmpty(page);
  await page.goto("./#/sprint?view=team");
  await page.getByLabel("Name", { exact: true }).fill("Ana");
  await page.getByLabel("Hours per week").fill("200");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("alert")).toHaveText("Must be at most 168.");
  await expect(page.getByRole("heading", { name: "Ana", level: 3 })).toHaveCount(0);
  await page.getByLabel("Hours per week").fill("30");
  await page.getByRole("button", { name: "Add member" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ben");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Ana", "Ben"]);

  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await addItem(page, "Email flow");
  await estimate(page, "Email flow", 2, "Ana");
  await page.goto("./#/sprint?view=team");
  await page.getByRole("button", { name: "Delete Ana" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove Ana?" });
  await expect(dialog).toContainText("1 assigned items");
  // Modal: the page behind is inert while it is open (a native modal dialog), and Escape cancels.
  expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
  await expect(dialog.getByLabel("Give the work to")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Ana", "Ben"]);
  await page.getByRole("button", { name: "Delete Ana" }).click();
  await dialog.getByLabel("Give the work to").selectOption({ label: "Ben" });
  await dialog.getByRole("button", { name: "Remove member" }).click();
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Ben"]);
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  await page.getByRole("search").getByLabel("Assignee").selectOption({ label: "Ben" });
  await expect(row(page, "Email flow")).toBeVisible();
  await page.keyboard.press("Control+z");
  await page.goto("./#/sprint?view=team");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["Ana", "Ben"]);
});

test("a WIP limit set in Settings warns on the board when a column holds more", async ({ page }) => {
  const { startExample } = await import("./helpers.mjs");
  await startExample(page);
  await page.getByRole("link", { name: "Settings", exact: true }).click();
  const doing = page.getByLabel("WIP limit: Doing");
  await doing.fill("2,5");
  await expect(page.getByRole("alert")).toHaveText("Enter a whole number.");
  await doing.fill("3");
  await doing.press("Tab");
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await expect(column(page, "Doing")).toContainText("4 / 3");
  await expect(column(page, "Doing").getByRole("status")).toHaveText("⚠ Over the WIP limit: 4 cards for a limit of 3.");
  await page.getByRole("button", { name: "Move “Paid social creatives, 3 formats” to Done" }).click();
  await expect(column(page, "Doing").getByRole("status")).toHaveCount(0);
  await expect(column(page, "Doing")).toContainText("3 / 3");
});

test("moving a card with its buttons keeps the keyboard focus on the card", async ({ page }) => {
  const { startExample } = await import("./helpers.mjs");
  await startExample(page);
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("button", { name: "Move “Brew guide: AeroPress” to Doing" }).focus();
  await page.keyboard.press("Enter");
  await expect(cards(page, "Doing").filter({ hasText: "Brew guide: AeroPress" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Move “Brew guide: AeroPress” to Done" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(cards(page, "Done").filter({ hasText: "Brew guide: AeroPress" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Move “Brew guide: AeroPress” to Doing" })).toBeFocused();
  // Undone by keyboard: the card goes back, and the keyboard with it.
  await page.keyboard.press("Control+z");
  const back = cards(page, "Doing").filter({ hasText: "Brew guide: AeroPress" });
  await expect(back).toHaveCount(1);
  await expect.poll(() => page.evaluate(() => document.activeElement.closest(".bcard")?.textContent ?? document.activeElement.tagName)).toContain("Brew guide: AeroPress");
});

test("every card of a usual sprint is laid out, below the fold too: its text reads as shown", async ({ page }) => {
  const { startExample } = await import("./helpers.mjs");
  // A short window (a laptop with the browser's bars, a projector at a
  // low resolution): most cards are far below the fold.
  await page.setViewportSize({ width: 1280, height: 300 });
  await startExample(page);
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await expect(cards(page, "To do").first()).toBeVisible();
  let n = 0;
  for (const col of ["Backlog", "To do", "Doing", "Done"]) {
    const texts = await cards(page, col).allInnerTexts();
    expect(texts.filter((t) => !t.trim()), `blank cards in ${col}`).toEqual([]);
    n += texts.length;
  }
  expect(n).toBeGreaterThan(8);
  // The last card is well below the fold (the case that was blank).
  const last = cards(page, "To do").last();
  expect(await last.evaluate((el) => el.getBoundingClientRect().top > 2 * innerHeight)).toBe(true);
});

test("a card started before what it waits for is done says so on the board, until that is done", async ({ page }) => {
  const { startExample } = await import("./helpers.mjs");
  await startExample(page);
  await page.getByRole("link", { name: "Backlog", exact: true }).click();
  // The A/B test is in progress; make it wait for an email still to do.
  await row(page, "A/B test hero image: product vs. people").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Find an item it waits for").fill("Nurture email #2");
  await page.getByRole("button", { name: "Wait for Nurture email #2: brewing tips" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  const abTest = cards(page, "Doing").filter({ hasText: "A/B test hero image" });
  await expect(abTest).toContainText("⚠ Started before what it waits for is done");
  await expect(cards(page, "Doing").filter({ hasText: "⚠" })).toHaveCount(1);
  // The email goes through to Done: the warning goes.
  await page.getByRole("button", { name: "Move “Nurture email #2: brewing tips” to Doing" }).click();
  await page.getByRole("button", { name: "Move “Nurture email #2: brewing tips” to Done" }).click();
  await expect(cards(page, "Done").filter({ hasText: "Nurture email #2" })).toHaveCount(1);
  await expect(abTest).not.toContainText("Started before");
});

const details = (page) => page.locator("form").filter({ has: page.getByRole("heading", { name: "Sprint", exact: true }) });

test("a sprint longer than two weeks is refused at its End field; shorter ones are kept", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/sprint?view=plan&sprint=sp-3");
  const start = page.getByLabel("Start", { exact: true });
  const end = page.getByLabel("End", { exact: true });
  await start.fill("2026-12-14");
  // Fourteen days after the start: a third week begins.
  await end.fill("2026-12-28");
  await expect(end).toHaveAttribute("aria-invalid", "true");
  await expect(end).toHaveAccessibleDescription("A sprint lasts two weeks at most: end it no more than 13 days after its start.");
  await page.getByRole("button", { name: "Save sprint" }).click();
  await expect(details(page).getByRole("status")).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("End", { exact: true })).not.toHaveValue("2026-12-28");

  // Two weeks, and a holiday week of three days, are fine.
  for (const [s, e] of [["2026-12-14", "2026-12-27"], ["2026-12-14", "2026-12-16"]]) {
    await page.getByLabel("Start", { exact: true }).fill(s);
    await page.getByLabel("End", { exact: true }).fill(e);
    await expect(page.getByLabel("End", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert")).toHaveCount(0);
    await page.getByRole("button", { name: "Save sprint" }).click();
    await expect(details(page).getByRole("status")).toHaveText("Saved");
    // The form says so, and the workspace is stored (the page's own "Saved").
    await expect(page.getByRole("status").filter({ hasText: /^(✓ )?Saved$/ })).toHaveCount(2);
    await page.reload();
    await expect(page.getByLabel("End", { exact: true })).toHaveValue(e);
  }
});

test("a day off is a working day by default, and more hours than that are said to count as one day", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/sprint?view=team");
  await page.getByRole("button", { name: "Edit Léa Dubois" }).click();
  const form = page.getByRole("form", { name: "Edit member" });
  const hours = form.getByLabel("Hours off");
  // Léa works 32 h a week: 6.4 h a day.
  await expect(hours).toHaveValue("6.4");
  await expect(hours).toHaveAccessibleDescription("");
  await hours.fill("8");
  await expect(hours).toHaveAccessibleDescription("A day off counts at most 6.4 h for this member: their working day.");
  await expect(form.getByText("A day off counts at most 6.4 h for this member")).toBeVisible();
  await form.getByLabel("Day off").fill("2026-12-01");
  await form.getByRole("button", { name: "Add time off" }).click();
  await expect(form.getByRole("listitem").filter({ hasText: "2026-12-01" })).toContainText("8 h (counts 6.4 h)");
  await hours.fill("4");
  await expect(hours).toHaveAccessibleDescription("");
});

test("velocity across many sprints: names and values are thinned to what has room, none overlaps, the table lists them all", async ({ page }) => {
  const file = JSON.parse(fs.readFileSync(fixture("v4.json"), "utf8"));
  const w = file.workspace;
  for (let i = 1; i <= 24; i++) {
    const start = new Date(Date.UTC(2025, 0, 6 + 14 * i));
    const end = new Date(start.getTime() + 11 * 86400000);
    const iso = (d) => d.toISOString().slice(0, 10);
    w.sprints.push({ id: `sp-v${i}`, name: `Spring push ${i}`, goal: "", start: iso(start), end: iso(end), state: "closed" });
    w.backlog.push({ id: `it-v${i}`, title: `Delivered ${i}`, kind: "content", status: "done", sprint: `sp-v${i}`, estimate_hours: 1000 + i * 37, done_on: iso(end) });
  }
  await startExample(page);
  await importFile(page, "many-sprints.json", JSON.stringify(file));
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Sprint", exact: true }).click();
  await view(page, "Velocity").click();
  const chart = page.locator("figure.velocity svg");
  await expect(chart).toBeVisible();
  const closed = await page.locator("figure.velocity table tbody tr").count();
  expect(closed).toBeGreaterThanOrEqual(25);
  for (const sel of ["text.tick.x", "text.bar-value"]) {
    const boxes = await chart.locator(sel).evaluateAll((ts) => ts.map((t) => { const r = t.getBoundingClientRect(); return [r.left, r.right, t.textContent]; }));
    // Thinned, the first and last kept, and no label touching the next.
    expect(boxes.length).toBeLessThan(closed);
    expect(boxes.length).toBeGreaterThan(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0], `${boxes[i - 1][2]} / ${boxes[i][2]}`).toBeGreaterThan(boxes[i - 1][1]);
  }
  // In date order: these 24, then the example's closed Sprint 11 (November 2026).
  await expect(chart.locator("text.tick.x").first()).toHaveText("Spring push 1");
  await expect(chart.locator("text.tick.x").last()).toHaveText("Sprint 11");
});

test("the review shows, beside each delivered item, where the KPI its story named stood during the sprint", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  await row(page, "Winter blend landing page").getByRole("button", { name: "Edit" }).click();
  const editor = page.getByRole("form", { name: "Item editor" });
  await editor.getByLabel("KPI", { exact: true }).fill("unique visitors");
  await editor.getByRole("button", { name: "Save" }).click();
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Sprint" }).click();
  await view(page, "Review & retro").click();
  const delivered = page.getByRole("region", { name: /Delivered/ }).getByRole("listitem").filter({ hasText: "Winter blend landing page" });
  // Matched to the sheet's "Unique visitors" whatever the case: its latest week of the sprint, judged.
  await expect(delivered).toContainText("KPI: unique visitors");
  await expect(delivered.locator(".kpi-reading")).toHaveText(/^[\d,]+ in W4[78]$/);
  await expect(delivered.locator(".kpi-status")).toHaveText(/on track|behind|far behind/);
  // A name the sheet does not have shows the name alone.
  await expect(page.getByRole("region", { name: /Delivered/ }).getByRole("listitem").filter({ hasText: "Brew guide: V60 pour-over" }).locator(".kpi-reading")).toHaveCount(0);
});
