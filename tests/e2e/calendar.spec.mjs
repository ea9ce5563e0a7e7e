// The weekly calendar: a task gets its day and hour by drag or keyboard,
// blocked hours show against capacity, overlaps are flagged, and the week
// exports as an .ics file that a real iCalendar parser reads.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import fs from "node:fs";
import ICAL from "ical.js";
import { startExample } from "./helpers.mjs";

const block = (page, name) => page.getByRole("listitem", { name });

test.beforeEach(async ({ page }) => {
  // Tuesday 24 November 2026: the example's sprint and Léa's blocks are around it.
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  await page.goto("./#/sprint?view=calendar");
  await page.getByLabel("Team member").selectOption({ label: "Léa Dubois" });
});

test("schedule by keyboard and by drag, see the load and the overlaps, move with arrows", async ({ page }) => {
  await expect(page.getByText("Blocked 9 h of 32 h available this week.")).toBeVisible();
  await expect(block(page, "Brew guide: French press, Mon 09:00–12:00")).toBeVisible();

  // Keyboard: pick the task, the day, the hour.
  await page.getByLabel("Task", { exact: true }).selectOption({ label: "Brew guide: AeroPress" });
  await page.getByLabel("Day", { exact: true }).selectOption({ label: "Thu" });
  await page.getByLabel("Start", { exact: true }).selectOption({ label: "13:30" });
  await page.getByLabel("Hours", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(block(page, "Brew guide: AeroPress, Thu 13:30–15:30")).toBeVisible();
  await expect(page.getByText("Blocked 11 h of 32 h available this week.")).toBeVisible();

  // A block that does not fit the working day is refused, nothing stored.
  await page.getByLabel("Start", { exact: true }).selectOption({ label: "17:30" });
  await page.getByLabel("Hours", { exact: true }).fill("3");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("alert")).toHaveText("That ends after the working day.");
  await expect(page.getByText("Blocked 11 h of 32 h available this week.")).toBeVisible();

  // Overlap: Monday 10:00 is inside the 9–12 block.
  await page.getByLabel("Day", { exact: true }).selectOption({ label: "Mon" });
  await page.getByLabel("Start", { exact: true }).selectOption({ label: "10:00" });
  await page.getByLabel("Hours", { exact: true }).fill("1");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some blocks overlap" })).toBeVisible();
  await expect(block(page, /Mon 10:00–11:00 — overlaps another block/)).toBeVisible();

  // Arrow keys move the focused block; Delete removes it.
  const moved = block(page, /Mon 10:00–11:00/);
  await moved.focus();
  await page.keyboard.press("ArrowRight");
  await expect(block(page, /Tue 10:00–11:00/)).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(block(page, /Tue 10:30–11:30/)).toBeFocused();
  await expect(page.getByRole("alert").filter({ hasText: "Some blocks overlap" })).toHaveCount(0);
  await page.keyboard.press("Delete");
  await expect(block(page, /Tue 10:30–11:30/)).toHaveCount(0);

  // Drag a task onto Wednesday.
  const wed = page.getByRole("list", { name: /^Wed / });
  await page.locator(".task", { hasText: "Brew guide: AeroPress" }).dragTo(wed, { targetPosition: { x: 40, y: 5 * 52 + 10 } });
  await expect(block(page, /Brew guide: AeroPress, Wed 14:00–18:00/)).toBeVisible();
  // Its 8 hours did not fit before the day's end: it says so.
  await expect(page.getByRole("status").filter({ hasText: "“Brew guide: AeroPress” placed 14:00–18:00: cut from 8 h to 4 h" })).toBeVisible();
});

test("the week exports as an iCalendar file a real parser reads", async ({ page }) => {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export the week (.ics)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("jalon-lea-dubois-2026-W48.ics");
  const text = fs.readFileSync(await download.path(), "utf8");
  expect(text).toMatch(/\r\n/);
  expect(text.split("\r\n").every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.summary).sort()).toEqual(["Brew guide: AeroPress", "Brew guide: French press", "Brew guide: French press"]);
  const first = events.find((e) => e.startDate.toString().startsWith("2026-11-23"));
  expect(first.summary).toBe("Brew guide: French press");
  expect(first.startDate.toString()).toBe("2026-11-23T09:00:00");
  expect(first.endDate.toString()).toBe("2026-11-23T12:00:00");
  expect(first.description).toContain("Léa Dubois");
});

test("blocks at the same hours sit side by side, each readable and clickable, and their time counts once", async ({ page }) => {
  // Tuesday 15:00–17:00 falls inside the 14:00–18:00 block.
  await page.getByLabel("Task", { exact: true }).selectOption({ label: "Brew guide: French press" });
  await page.getByLabel("Day", { exact: true }).selectOption({ label: "Tue" });
  await page.getByLabel("Start", { exact: true }).selectOption({ label: "15:00" });
  await page.getByLabel("Hours", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Schedule", exact: true }).click();
  const long = block(page, /Brew guide: AeroPress, Tue 14:00–18:00/);
  const inner = block(page, /Brew guide: French press, Tue 15:00–17:00/);
  await expect(inner).toBeVisible();

  // Two lanes: neither box covers the other, and each is about half the day.
  const [a, b] = [await long.boundingBox(), await inner.boundingBox()];
  const day = await page.getByRole("list", { name: /^Tue / }).boundingBox();
  expect(a.x + a.width <= b.x || b.x + b.width <= a.x, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(true);
  for (const box of [a, b]) expect(box.width).toBeGreaterThan(day.width * 0.4);
  // Both take a click (a covered one would not receive it).
  await inner.click();
  await expect(inner).toBeFocused();
  await long.click({ position: { x: 10, y: 80 } });
  await expect(long).toBeFocused();

  // 15:00–17:00 adds nothing to the hours Tuesday already had blocked.
  await expect(page.getByText("Blocked 9 h of 32 h available this week.")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "time they share counts once" })).toBeVisible();
});

test("Delete on a block puts the focus on the next block, then the previous, then the Schedule form", async ({ page }) => {
  await block(page, /Mon 09:00–12:00/).focus();
  await page.keyboard.press("Delete");
  await expect(block(page, /Mon 09:00–12:00/)).toHaveCount(0);
  await expect(block(page, /Tue 14:00–18:00/)).toBeFocused();
  // Wednesday's is now the last: deleting the one before it goes to it,
  // deleting it goes back to none left, then the form.
  await page.keyboard.press("Delete");
  await expect(block(page, /Wed 10:00–12:00/)).toBeFocused();
  await page.keyboard.press("Delete");
  await expect(page.getByRole("listitem", { name: /Brew guide/ })).toHaveCount(0);
  await expect(page.getByLabel("Task", { exact: true })).toBeFocused();
});

test("a block dragged sideways keeps its hour wherever it was grabbed", async ({ page }) => {
  const mon = block(page, /Brew guide: French press, Mon 09:00–12:00/);
  const thu = page.getByRole("list", { name: /^Thu / });
  // Grabbed 100 px below its top (about 1 h 55 min), dropped on Thursday at the same height.
  await mon.dragTo(thu, { sourcePosition: { x: 20, y: 100 }, targetPosition: { x: 20, y: 100 } });
  await expect(block(page, "Brew guide: French press, Thu 09:00–12:00")).toBeVisible();
  // Moved one hour (52 px) lower as well: one hour later.
  await block(page, /Thu 09:00–12:00/).dragTo(page.getByRole("list", { name: /^Fri / }), { sourcePosition: { x: 20, y: 30 }, targetPosition: { x: 20, y: 30 + 52 } });
  await expect(block(page, "Brew guide: French press, Fri 10:00–13:00")).toBeVisible();
});

test("a task dragged onto a day with no aim at an hour lands in it, even when the day runs below the window", async ({ page }) => {
  // At 1280×720 the day's column ends below the window: a runner scrolls it
  // into view between the press and the move, and the browser's own drag
  // never starts. The release over the day places the task all the same.
  await page.getByLabel("Team member").selectOption({ label: "Hugo Bernard" });
  const task = page.getByRole("complementary", { name: "Tasks to schedule" }).getByRole("listitem").filter({ hasText: "Google Ads: winter blend search campaign" });
  const mon = page.getByRole("list", { name: /^Mon / });
  await task.dragTo(mon);
  await expect(mon.getByRole("listitem", { name: /^Google Ads: winter blend search campaign, Mon / })).toHaveCount(1);
  // A press and release with no move places nothing.
  await page.getByRole("complementary", { name: "Tasks to schedule" }).getByRole("listitem").first().click();
  await expect(page.getByRole("listitem", { name: /, Mon / })).toHaveCount(1);
});
