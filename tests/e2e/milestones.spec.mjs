// Milestones and the campaign timeline as a marketing lead uses them: plan a
// cadence and see its diamonds, tie a milestone to a KPI and watch its actual
// follow the sheet, drag and resize bars (and by keyboard), break a
// dependency and see it flagged, be refused a cycle, export the milestones.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import fs from "node:fs";
import ICAL from "ical.js";
import { startExample, exportFile, importFile, addItem, row } from "./helpers.mjs";

const view = (page, name) => page.getByRole("navigation", { name: "Milestone views" }).getByRole("link", { name, exact: true });
const bar = (page, name) => page.getByRole("button", { name: new RegExp(`^${name}, `) });
const table = (page) => page.locator("table.ms-table");
const msRow = (page, title) => table(page).getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });

test.beforeEach(async ({ page }) => {
  // Tuesday 24 November 2026: the example's campaigns are dated around it.
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Milestones" }).click();
  await expect(page.getByRole("heading", { name: "Milestones", level: 1 })).toBeVisible();
  // One link is called "Milestones": the area's; the view tabs say which view.
  await expect(page.getByRole("link", { name: "Milestones", exact: true })).toHaveCount(1);
});

test("plan a cadence: refused inputs, preview, one step to create, one undo, diamonds on the timeline", async ({ page }) => {
  await view(page, "Milestone list").click();
  const form = page.getByRole("region", { name: "Plan a series" });
  await form.getByLabel("Title of the series").fill("MQL checkpoints");
  // Choosing the campaign proposes its dates (7 Dec 2026 → 23 Mar 2027).
  await form.getByLabel("Campaign").selectOption({ label: "Loyalty club relaunch" });
  await expect(form.getByLabel("From")).toHaveValue("2026-12-07");
  await expect(form.getByLabel("To")).toHaveValue("2027-03-23");
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "MQL count" });
  await form.getByLabel("Baseline").fill("0");
  // A target equal to the baseline is refused, and nothing can be created.
  await form.getByLabel("Final target").fill("0");
  await expect(form.getByRole("alert")).toHaveText("The target equals the baseline: there is no progress to measure.");
  await expect(form.getByRole("button", { name: "Create the series" })).toBeDisabled();
  await form.getByLabel("Final target").fill("120");
  // Dates out of order are refused too.
  await form.getByLabel("To").fill("2026-11-01");
  await expect(form.getByRole("alert")).toHaveText("The end date comes before the start date.");
  await form.getByLabel("To").fill("2027-03-23");
  // Every 2 weeks from 7 Dec: 21 Dec … 15 Mar, then the end date: 8 milestones, targets 15 … 120.
  await expect(form.getByRole("table")).toContainText("Preview: 8 milestones");
  const preview = form.getByRole("table").getByRole("row");
  await expect(preview.nth(1)).toContainText("2026-12-21");
  await expect(preview.nth(1)).toContainText("15");
  await expect(preview.nth(8)).toContainText("2027-03-23");
  await expect(preview.nth(8)).toContainText("120");
  // With 25/50/75/100 % checkpoints: four of them, spread over the dates,
  // so "Every" is not offered (it would change nothing) and a line says why.
  await form.getByLabel("Targets").selectOption({ label: "25 / 50 / 75 / 100 % checkpoints" });
  await expect(form.getByRole("table")).toContainText("Preview: 4 milestones");
  await expect(form.getByLabel("Every")).toHaveCount(0);
  await expect(form.getByText("The four checkpoints are spread evenly from the first date to the last.")).toBeVisible();
  await form.getByLabel("Targets").selectOption({ label: "equal steps" });
  await expect(form.getByLabel("Every")).toHaveValue("2w");
  await form.getByRole("button", { name: "Create 8 milestones" }).click();
  await expect(msRow(page, "MQL checkpoints 1/8")).toContainText("0 → 15");
  await expect(msRow(page, "MQL checkpoints 8/8")).toContainText("0 → 120");
  await expect(table(page).getByRole("rowheader", { name: /^MQL checkpoints/ })).toHaveCount(8);
  // One undo removes the whole series.
  await page.getByRole("button", { name: "Undo" }).first().click();
  await expect(table(page).getByRole("rowheader", { name: /^MQL checkpoints/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Redo" }).first().click();
  await expect(table(page).getByRole("rowheader", { name: /^MQL checkpoints/ })).toHaveCount(8);
  // The diamonds sit on the campaign's row of the timeline, and survive a reload.
  await page.reload();
  await view(page, "Timeline").click();
  await expect(page.getByRole("img", { name: /^Milestone MQL checkpoints \d\/8, / })).toHaveCount(8);
  await expect(page.getByRole("img", { name: "Milestone MQL checkpoints 1/8, 2026-12-21, Upcoming" })).toBeVisible();
  // From the campaign's page, its milestones only.
  await page.goto("./#/portfolio?campaign=cp-3");
  // Asked for by their plain names, the Milestones area and the campaign's
  // Name field are each one control on this page (a substring match, as
  // Playwright's default is, used to find "Its milestones" and "Stakeholder name" too).
  await expect(page.getByRole("link", { name: "Its milestone list" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Milestones" })).toHaveCount(1);
  await expect(page.getByLabel("Name")).toHaveCount(1);
  await page.getByRole("link", { name: "Its milestone list" }).click();
  await expect(page.getByLabel("Campaign", { exact: true }).first()).toHaveValue("cp-3");
  await expect(table(page).getByRole("rowheader")).toHaveCount(9);
  await expect(msRow(page, "Landing page live")).toHaveCount(0);
});

test("a milestone tied to a KPI takes its actual from the sheet, and follows it", async ({ page }) => {
  await view(page, "Milestone list").click();
  const form = page.getByRole("region", { name: "New milestone" });
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(form.getByRole("alert").first()).toBeVisible();
  await form.getByLabel("Title", { exact: true }).fill("200 leads a week");
  await form.getByLabel("Campaign").selectOption({ label: "Winter blend launch" });
  await form.getByLabel("Date").fill("2026-12-14");
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "KPI of the sheet: Leads" });
  // No actual to type: it comes from the sheet.
  await expect(form.getByLabel("Actual")).toHaveCount(0);
  await form.getByLabel("Baseline").fill("100");
  await form.getByLabel("Target").fill("100");
  await expect(form.getByRole("alert")).toHaveText("The target equals the baseline: there is no progress to measure.");
  await form.getByLabel("Target").fill("50");
  await expect(form.getByRole("alert")).toHaveText("Higher is better, so the target must be above the baseline.");
  await expect(form.getByLabel("Target")).toHaveAttribute("aria-invalid", "true");
  // An offered metric keeps to its range: no negative count, no rate above 100 %.
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "MQL count" });
  await form.getByLabel("Baseline").fill("-10");
  await expect(form.getByLabel("Baseline")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "% of project complete" });
  await form.getByLabel("Baseline").fill("0");
  await form.getByLabel("Target").fill("250");
  await expect(form.getByRole("alert").filter({ hasText: "Must be at most 100" })).toBeVisible();
  await form.getByRole("button", { name: "Add milestone" }).click();
  await expect(msRow(page, "200 leads a week")).toHaveCount(0);
  await form.getByLabel("Metric", { exact: true }).selectOption({ label: "KPI of the sheet: Leads" });
  await form.getByLabel("Baseline").fill("100");
  await form.getByLabel("Target").fill("200");
  await expect(form.getByLabel("Target")).toHaveAttribute("aria-invalid", "false");
  await form.getByRole("button", { name: "Add milestone" }).click();
  const row = msRow(page, "200 leads a week");
  await expect(row).toContainText("(from the sheet)");

  // Another tool (or a colleague) sends the sheet with last week's leads at 175.
  const { text } = await exportFile(page);
  const doc = JSON.parse(text);
  const leads = doc.workspace.kpis.find((k) => k.id === "kpi-5");
  const last = Object.keys(leads.weeks).sort().at(-1);
  leads.weeks[last] = 175;
  await importFile(page, "with-leads.json", JSON.stringify(doc));
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await page.goto("./#/milestones?view=list");
  await expect(row).toContainText("175 (from the sheet)");
  await expect(row).toContainText("75 %");
  // And typed into the sheet itself.
  await page.goto("./#/kpis?q=2026-Q4");
  const w47 = page.getByRole("textbox", { name: "Leads, 2026-W47", exact: true });
  await w47.fill("190");
  await w47.press("Enter");
  await page.goto("./#/milestones?view=list");
  await expect(row).toContainText("190 (from the sheet)");
  await expect(row).toContainText("90 %");
});

test("drag a bar, break a dependency and see the flag, resize, keyboard, undo", async ({ page }) => {
  const roastery = bar(page, "Roastery open days");
  await expect(roastery).toContainText("Roastery");
  await expect(page.getByText(/^Broken dependencies/)).toHaveCount(0);
  // Month zoom: 8 px a day. Dragging 40 px left starts it 5 days earlier,
  // before the winter launch it depends on has finished.
  const box = await roastery.boundingBox();
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 0, box.y + box.height / 2, { steps: 4 });
  await expect(page.getByText(/Moving “Roastery open days”: .* This would break 1 dependency/)).toBeVisible();
  await page.mouse.up();
  await expect(page.getByRole("status").filter({ hasText: "Broken dependencies: 1" })).toContainText(
    "“Roastery open days” starts before “Winter blend launch” has finished.");
  await expect(roastery).toHaveAccessibleName(/2027-01-21 to 2027-02-05 — a dependency is broken$/);
  // Undo puts it back, flag gone.
  await page.getByRole("button", { name: "Undo" }).first().click();
  await expect(roastery).toHaveAccessibleName(/2027-01-24 to 2027-02-08$/);
  await expect(page.getByText(/^Broken dependencies/)).toHaveCount(0);

  // Keyboard: → a day later, Alt+→ the end a day later, Shift+← a week earlier.
  await roastery.focus();
  await page.keyboard.press("ArrowRight");
  await expect(roastery).toHaveAccessibleName(/2027-01-25 to 2027-02-09$/);
  await expect(roastery).toBeFocused();
  await page.keyboard.press("Alt+ArrowRight");
  await expect(roastery).toHaveAccessibleName(/2027-01-25 to 2027-02-10$/);
  await page.keyboard.press("Shift+ArrowLeft");
  await expect(roastery).toHaveAccessibleName(/2027-01-18 to 2027-02-03 — a dependency is broken$/);
  await expect(roastery).toBeFocused();

  // Drag the right end: 16 px = 2 days longer.
  const b2 = await roastery.boundingBox();
  await page.mouse.move(b2.x + b2.width - 3, b2.y + b2.height / 2);
  await page.mouse.down();
  await page.mouse.move(b2.x + b2.width + 13, b2.y + b2.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(roastery).toHaveAccessibleName(/2027-01-18 to 2027-02-05 — a dependency is broken$/);
  // Zoom is in the URL and survives a reload.
  await page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Week" }).click();
  await expect(page).toHaveURL(/zoom=week/);
  await page.reload();
  await expect(page.getByRole("group", { name: "Zoom" }).getByRole("button", { name: "Week" })).toHaveAttribute("aria-pressed", "true");
  await expect(bar(page, "Roastery open days")).toHaveAccessibleName(/2027-01-18 to 2027-02-05/);
});

test("dependencies: a cycle is refused, a new link that is broken is flagged, the critical path shows", async ({ page }) => {
  await bar(page, "Winter blend launch").click();
  const panel = page.getByRole("region", { name: "Winter blend launch" });
  await expect(panel).toBeVisible();
  // Winter blend → Roastery open days exists: the reverse would be a circle.
  await panel.getByLabel("Must start after").selectOption({ label: "Roastery open days" });
  await panel.getByRole("button", { name: "Add dependency" }).click();
  await expect(panel.getByRole("alert")).toHaveText(
    "Refused: that would go round in a circle (Winter blend launch → Roastery open days → Winter blend launch).");
  await expect(panel.getByText("No dependency: it can start any time.")).toBeVisible();

  // The video series must follow the SEO hub, which ends months after it starts: flagged.
  await bar(page, "Barista video series").click();
  const video = page.getByRole("region", { name: "Barista video series" });
  await video.getByLabel("Must start after").selectOption({ label: "Brew guides SEO hub" });
  await video.getByRole("button", { name: "Add dependency" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Broken dependencies: 1" })).toContainText(
    "“Barista video series” starts before “Brew guides SEO hub” has finished.");
  await expect(bar(page, "Barista video series")).toHaveAccessibleName(/a dependency is broken$/);
  // Remove it again from the panel.
  await video.getByRole("button", { name: "Remove Brew guides SEO hub" }).click();
  await expect(page.getByText(/^Broken dependencies/)).toHaveCount(0);

  await page.getByRole("button", { name: "Highlight the critical path" }).click();
  // The longest chain: the autumn push (91 days), then the marketplace listings (111 days).
  await expect(page.getByRole("status").filter({ hasText: "Critical path" })).toHaveText(
    "Critical path: Autumn cold brew push → Marketplace listings (202 days).");
  await expect(bar(page, "Marketplace listings")).toHaveClass(/critical/);
  await expect(bar(page, "Roastery open days")).not.toHaveClass(/critical/);
});

test("milestones export as an iCalendar file a real parser reads", async ({ page }) => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export milestones (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("jalon-milestones-2026-11-24.ics");
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(4);
  const leads = events.find((e) => e.summary.startsWith("180 leads a week"));
  expect(leads.summary).toBe("180 leads a week from paid social — Winter blend launch");
  expect(leads.startDate.isDate).toBe(true);
  expect(leads.startDate.toString()).toBe("2026-12-04");
  expect(leads.description).toContain("Leads: 120 → 180");
  expect(leads.uid).toBe("ms-2@jalon");
});

/** Two new items at the top of the example's backlog. */
async function startEmptyBacklog(page) {
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
  await addItem(page, "Launch brief", "Content");
  await addItem(page, "Write the launch email", "Content");
}

test("backlog items wait for each other: added by search, a circle refused, kept on reload, unlinked when deleted", async ({ page }) => {
  await page.goto("./#/backlog");
  await startEmptyBacklog(page);
  await row(page, "Write the launch email").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Find an item it waits for").fill("brief");
  await page.getByRole("button", { name: "Wait for Launch brief" }).click();
  await expect(page.getByRole("group", { name: "Waits for (must be done first)" })).toContainText("Launch brief (not done yet)");
  await page.getByRole("button", { name: "Save" }).click();
  // The brief cannot wait for the email in turn: that would be a circle.
  await row(page, "Launch brief").getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Find an item it waits for").fill("email");
  await page.getByRole("button", { name: "Wait for Write the launch email" }).click();
  // (The circle is named from whichever item has the smaller id.)
  await expect(page.getByRole("alert")).toHaveText(
    /^Refused: that would go round in a circle \((Launch brief → Write the launch email → Launch brief|Write the launch email → Launch brief → Write the launch email)\)\.$/);
  await page.getByRole("button", { name: "Cancel" }).click();
  // Kept after a reload, and the link goes when the brief is deleted (nothing dangles).
  await page.reload();
  await row(page, "Write the launch email").getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("group", { name: "Waits for (must be done first)" })).toContainText("Launch brief (not done yet)");
  await page.getByRole("button", { name: "Cancel" }).click();
  await row(page, "Launch brief").getByRole("button", { name: "Delete" }).click();
  await row(page, "Write the launch email").getByRole("button", { name: "Edit" }).click();
  await expect(page.getByRole("group", { name: "Waits for (must be done first)" })).toContainText("Waits for nothing");
});
