// Where the keyboard goes when the control it was on goes away: never back
// to the top of the page (`<body>`), where a keyboard or screen-reader user
// would have to find their place again.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { startExample } from "./helpers.mjs";

const focusLost = (page) => page.evaluate(() => !document.activeElement || document.activeElement === document.body);
const focusedName = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a ? (a.getAttribute("aria-label") || a.textContent || "").trim() : "";
});

test("deleting a milestone by keyboard leaves the focus on the list, not the page top", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/milestones?view=list");
  const all = page.getByRole("region", { name: "All milestones" });
  const del = all.getByRole("button", { name: /^Delete / });
  const before = await del.count();
  expect(before).toBeGreaterThan(2);
  const first = (await del.first().getAttribute("aria-label")) ?? (await del.first().innerText());
  await del.first().focus();
  await page.keyboard.press("Enter");
  await expect(del).toHaveCount(before - 1);
  await expect.poll(() => focusLost(page)).toBe(false);
  // On the milestone that took its place.
  await expect.poll(() => page.evaluate(() => document.activeElement.closest("tr")?.querySelector("[aria-label^='Delete '], button:last-child")?.getAttribute("aria-label") ?? "")).not.toBe(first);
  expect(await page.evaluate(() => !!document.activeElement.closest("tr"))).toBe(true);
});

test("deleting a campaign: the question takes the focus on Cancel; Cancel gives it back; Yes lands on the campaign list's heading", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/portfolio?campaign=cp-1");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Winter blend launch");
  const ask = page.getByRole("button", { name: "Delete campaign" });
  await ask.focus();
  await page.keyboard.press("Enter");
  const question = page.getByRole("alertdialog");
  await expect(question).toBeVisible();
  await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(question).toHaveCount(0);
  await expect(ask).toBeFocused();

  await page.keyboard.press("Enter");
  await question.getByRole("button", { name: "Yes, delete" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Winter blend launch");
  await expect.poll(() => focusLost(page)).toBe(false);
  // A new screen: the keyboard starts at its heading.
  await expect(page.locator("main h1")).toBeFocused();
});

test("approving a change request keeps the focus in the change requests", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/portfolio?campaign=cp-5");
  const cr = page.getByRole("region", { name: "Change requests" });
  await cr.getByLabel("Requested by").fill("Anne Roux");
  await cr.getByLabel("What changes").fill("Add a third day");
  await cr.getByRole("button", { name: "Add change request" }).click();
  const approve = cr.getByRole("button", { name: "Approve Add a third day" });
  await approve.focus();
  await page.keyboard.press("Enter");
  await expect(approve).toHaveCount(0);
  await expect.poll(() => focusLost(page)).toBe(false);
  expect(await page.evaluate(() => !!document.activeElement.closest("section, [role=region]")?.textContent.includes("Add a third day"))).toBe(true);
});
