// The campaign portfolio as a marketing lead uses it: create campaigns,
// re-weight the scoring model and watch the ranking move, run the
// budget-constrained selection, approve a change request and undo it, close
// a campaign with lessons and meet them again on the next campaign.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { startEmpty, startExample, waitSaved } from "./helpers.mjs";

const view = (page, name) => page.getByRole("navigation", { name: "Portfolio views" }).getByRole("link", { name, exact: true });
const ranking = (page) => page.getByRole("region", { name: "Ranking" }).getByRole("listitem").filter({ has: page.getByRole("link") });

async function goPortfolio(page) {
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Portfolio" }).click();
  await expect(page.getByRole("heading", { name: "Portfolio", level: 1 })).toBeVisible();
}

async function createCampaign(page, { name, channels = [], budget = {}, ratings = {}, skills = {} }) {
  const back = page.getByRole("link", { name: "All campaigns" });
  if (await back.isVisible()) await back.click();
  await page.getByRole("link", { name: "New campaign" }).click();
  await expect(page.getByRole("heading", { name: "New campaign", level: 1 })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  for (const ch of channels) await page.getByRole("group", { name: "Channels" }).getByLabel(ch, { exact: true }).check();
  for (const [ch, v] of Object.entries(budget)) await page.getByLabel(`${ch}: planned`).fill(String(v));
  for (const [label, v] of Object.entries(ratings)) await page.getByLabel(label, { exact: true }).fill(String(v));
  for (const [skill, v] of Object.entries(skills)) await page.getByLabel(`${skill} h/week`).fill(String(v));
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}

test("create campaigns, re-weight the model and watch the ranking change, run the selection", async ({ page }) => {
  await startEmpty(page);
  await goPortfolio(page);
  // A negative budget is refused at the field and nothing is created.
  await page.getByRole("link", { name: "New campaign" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Broken");
  await page.getByRole("group", { name: "Channels" }).getByLabel("Email", { exact: true }).check();
  await page.getByLabel("Email: planned").fill("-5");
  await expect(page.getByRole("alert").filter({ hasText: "at least 0" })).toBeVisible();
  // The refusal sits under its box, left-aligned with it, and the next field stays in line.
  const [planned, spent, refusal] = await Promise.all([page.getByLabel("Email: planned").boundingBox(), page.getByLabel("Email: spent").boundingBox(),
    page.getByRole("alert").filter({ hasText: "at least 0" }).boundingBox()]);
  expect(Math.abs(planned.y - spent.y)).toBeLessThan(1);
  expect(refusal.y).toBeGreaterThanOrEqual(planned.y + planned.height - 1);
  expect(Math.abs(refusal.x - planned.x)).toBeLessThan(2);
  await page.getByRole("button", { name: "Create campaign" }).click();
  await expect(page.getByRole("heading", { name: "New campaign", level: 1 })).toBeVisible();
  await page.getByLabel("Email: planned").fill("abc");
  await expect(page.getByRole("alert").filter({ hasText: "Enter a number." })).toBeVisible();
  await page.getByRole("link", { name: "All campaigns" }).click();
  await expect(page.getByText("No campaign yet")).toBeVisible();

  // Engaging but dear vs. cheap but dull.
  await createCampaign(page, { name: "Big launch", channels: ["Social media"], budget: { "Social media": 20000 }, ratings: { "Engagement potential (0–5)": 5 }, skills: { social: 20 } });
  await createCampaign(page, { name: "Small email", channels: ["Email"], budget: { Email: 2000 }, ratings: { "Engagement potential (0–5)": 1 }, skills: { email: 5 } });
  await createCampaign(page, { name: "Mid SEO", channels: ["SEO"], budget: { SEO: 9000 }, ratings: { "Engagement potential (0–5)": 3 }, skills: { seo: 10 } });
  await page.getByRole("link", { name: "All campaigns" }).click();
  await expect(page.getByRole("table", { name: /Campaigns/ }).getByRole("row")).toHaveCount(4);

  await view(page, "Scoring").click();
  const weight = (name) => page.getByLabel(`Weight of ${name}`, { exact: true });
  // Only engagement and cost count.
  for (const n of ["Estimated CPA", "Customer-experience impact", "Strategic alignment", "Complexity"]) await weight(n).fill("0");
  await weight("Engagement potential").fill("10");
  await weight("Cost").fill("1");
  await expect(ranking(page).first()).toContainText("Big launch");
  await weight("Engagement potential").fill("1");
  await weight("Cost").fill("10");
  await expect(ranking(page).first()).toContainText("Small email");
  // Shares are shown normalised.
  await expect(page.getByRole("row", { name: /Cost/ }).getByRole("cell", { name: /90\.9 %/ })).toBeVisible();
  // All weights at zero is refused with a message; the model keeps its value.
  await weight("Engagement potential").fill("0");
  await weight("Cost").fill("0");
  await expect(page.getByRole("alert").filter({ hasText: "At least one criterion must weigh more than 0" })).toBeVisible();
  await expect(ranking(page).first()).toContainText("Small email");
  // The field showing the refused 0 says it is not kept; kept again, it is valid.
  await expect(weight("Cost")).toHaveAttribute("aria-invalid", "true");
  await weight("Cost").fill("10");
  await expect(weight("Cost")).toHaveAttribute("aria-invalid", "false");

  // No team yet: hours do not limit the choice (the team's 0 h would choose
  // nothing), the field is empty and the hint says why and what to do.
  await view(page, "Selection").click();
  await expect(page.getByText(/No team hours yet, so hours do not limit the choice/)).toBeVisible();
  await expect(page.getByLabel("Team hours a week")).toHaveValue("");
  await page.getByLabel("Budget (EUR)").fill("12000");
  await page.getByLabel("Budget (EUR)").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "2 campaigns chosen" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "2 campaigns chosen" })).toContainText("15 h a week");

  // Team capacity from a member: 30 h a week.
  await page.getByRole("link", { name: "Sprint", exact: true }).click();
  await page.getByRole("navigation", { name: "Sprint views" }).getByRole("link", { name: "Team" }).click();
  await page.getByLabel("Name", { exact: true }).fill("Ana");
  await page.getByLabel("Hours per week").fill("30");
  await page.getByRole("button", { name: "Add member" }).click();
  await goPortfolio(page);
  await view(page, "Selection").click();
  await expect(page.getByText("The team gives 30 h a week (1 in the team)")).toBeVisible();
  await page.getByLabel("Budget (EUR)").fill("12000");
  await page.getByLabel("Budget (EUR)").press("Enter");
  // 12,000 buys Small email + Mid SEO (11,000; 15 h), not Big launch (20,000).
  const chosen = page.getByRole("table", { name: /Open campaigns/ }).getByRole("row").filter({ hasText: "✓" });
  await expect(chosen).toHaveCount(2);
  await expect(chosen.filter({ hasText: "Big launch" })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "2 campaigns chosen" })).toBeVisible();
  // Forcing Big launch in over budget explains itself.
  await page.getByLabel("Decision for Big launch").selectOption({ label: "Always in" });
  await expect(page.getByRole("alert").filter({ hasText: "forced in already cost" })).toBeVisible();
  await page.getByLabel("Decision for Big launch").selectOption({ label: "Let the model choose" });
  // A budget of 0 is an empty selection, not a crash.
  await page.getByLabel("Budget (EUR)").fill("0");
  await page.getByLabel("Budget (EUR)").press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "0 campaigns chosen" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Efficient frontier; at a budget of 0 the best total score is 0/ })).toBeVisible();
  const slider = page.getByLabel(/Try another budget/);
  // A typed budget off the slider's grid stays as typed (it used to snap
  // to 12,400 on the slider), and a key moves it by a round 500.
  await page.getByLabel("Budget (EUR)").fill("12345");
  await page.getByLabel("Budget (EUR)").press("Enter");
  await expect(slider).toHaveValue("12345");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Budget (EUR)")).toHaveValue("12845");
  await expect(slider).toHaveValue("12845");
  // From 0 (typing a budget starts the comparison afresh), moving it up says what comes in.
  await page.getByLabel("Budget (EUR)").fill("0");
  await page.getByLabel("Budget (EUR)").press("Enter");
  await slider.focus();
  for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("Budget (EUR)")).toHaveValue("10000");
  await expect(page.getByText(/Comes in since the slider moved: .*Small email/)).toBeVisible();
  await waitSaved(page);
  await page.reload();
  await expect(page.getByRole("status").filter({ hasText: /campaigns? chosen/ })).toBeVisible();
});

test("approve a change request, see it applied, undo it; reject needs a reason", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-23T10:00:00"));
  await startExample(page);
  await goPortfolio(page);
  await view(page, "Campaigns").click();
  // The view changes on the hashchange, a task after the click: until then
  // the overview's top risks (two of them on this campaign) are on screen.
  const table = page.getByRole("table", { name: /^Campaigns/ });
  await expect(table).toBeVisible();
  await table.getByRole("link", { name: "Winter blend launch" }).click();
  await expect(page.getByRole("heading", { name: "Winter blend launch", level: 1 })).toBeVisible();
  // Deleting asks first; Escape takes the question back and deletes nothing.
  const del = page.getByRole("button", { name: "Delete campaign" });
  await del.click();
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(del).toBeFocused();
  await expect(page.getByRole("heading", { name: "Winter blend launch", level: 1 })).toBeVisible();
  const end = page.getByLabel("End", { exact: true });
  const before = await end.inputValue();
  const social = page.getByLabel("Social media: planned");
  await expect(social).toHaveValue("6000");
  const changes = page.getByRole("region", { name: "Change requests" });
  await expect(changes.getByText("0 approved, 1 waiting, 0 rejected")).toBeVisible();
  await changes.getByRole("button", { name: "Approve Add a gift-box variant to the paid social ads" }).click();
  await expect(changes.getByText("1 approved, 0 waiting, 0 rejected · approved impact: +7 days, 1,500 EUR")).toBeVisible();
  await expect(social).toHaveValue("7500");
  const after = await end.inputValue();
  expect(new Date(after) - new Date(before)).toBe(7 * 24 * 3600 * 1000);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(social).toHaveValue("6000");
  await expect(end).toHaveValue(before);
  await expect(changes.getByText("0 approved, 1 waiting, 0 rejected")).toBeVisible();

  // A new request, rejected: a reason is required.
  await changes.getByLabel("What changes").fill("Add TV");
  await changes.getByLabel("End date impact (days)").fill("2.5");
  await expect(changes.getByRole("alert").filter({ hasText: "whole number" })).toBeVisible();
  await changes.getByLabel("End date impact (days)").fill("30");
  await changes.getByLabel("Budget impact").fill("50000");
  await changes.getByRole("button", { name: "Add change request" }).click();
  const tv = changes.getByRole("listitem").filter({ hasText: "Add TV" });
  await tv.getByRole("button", { name: "Reject" }).click();
  await expect(tv.getByRole("alert")).toHaveText("A rejection needs a reason.");
  await tv.getByLabel("Reason for the decision").fill("No TV this year");
  await tv.getByRole("button", { name: "Reject" }).click();
  await expect(changes.getByText("0 approved, 1 waiting, 1 rejected")).toBeVisible();
  await expect(changes.getByRole("listitem").filter({ hasText: "Add TV" })).toContainText("No TV this year");
});

test("close a campaign on the board with lessons; they are offered when the next campaign picks that channel", async ({ page }) => {
  await startExample(page);
  await goPortfolio(page);
  await view(page, "By phase").click();
  // Drag and drop: a card dropped on another phase moves there, and undo brings it back.
  const planning = page.getByRole("region", { name: /^Planning/ });
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Office coffee B2B pilot" }) });
  await card.dragTo(planning);
  await expect(planning.getByRole("listitem").filter({ hasText: "Office coffee B2B pilot" })).toHaveCount(1);
  await expect(page.getByRole("region", { name: /^Prioritised/ }).getByRole("listitem")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("region", { name: /^Prioritised/ }).getByRole("listitem").filter({ hasText: "Office coffee B2B pilot" })).toHaveCount(1);
  const monitoring = page.getByRole("region", { name: /^Monitoring/ });
  await expect(monitoring.getByRole("listitem")).toHaveCount(0);
  // Keyboard path: the → button moves a card one phase on, and keeps the focus.
  await page.getByRole("button", { name: "Move Winter blend launch to Monitoring" }).click();
  await expect(monitoring.getByRole("listitem").filter({ hasText: "Winter blend launch" })).toHaveCount(1);
  await expect(page.getByRole("button", { name: "Move Winter blend launch to Closed" })).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: /Close “Winter blend launch”/ });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.matches(":modal"))).toBe(true);
  // Cancel changes nothing.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(monitoring.getByRole("listitem").filter({ hasText: "Winter blend launch" })).toHaveCount(1);
  await page.getByRole("button", { name: "Move Winter blend launch to Closed" }).click();
  await dialog.getByRole("button", { name: "Close with these lessons" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Write at least");
  await dialog.getByLabel("What worked").fill("Retargeting the gift buyers tripled the ROAS");
  await dialog.getByLabel("What to change next time").fill("Start the paid search earlier");
  await dialog.getByLabel("Tags (comma-separated)").fill("gifting, timing");
  await dialog.getByRole("button", { name: "Close with these lessons" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("region", { name: /^Closed/ }).getByRole("listitem").filter({ hasText: "Winter blend launch" })).toHaveCount(1);

  // The library finds it, accents and case aside.
  await view(page, "Lessons").click();
  await page.getByLabel("Search lessons").fill("ROAS gifting");
  await expect(page.getByRole("listitem").filter({ hasText: "Retargeting the gift buyers" })).toHaveCount(1);

  // A new campaign on SEA is shown the lesson before it is saved.
  await page.getByRole("link", { name: "New campaign" }).click();
  const hint = page.getByRole("complementary", { name: "Lessons from earlier campaigns on these channels" });
  await expect(hint).toHaveCount(0);
  await page.getByRole("group", { name: "Channels" }).getByLabel("SEA (paid search)", { exact: true }).check();
  await expect(hint.getByText("Retargeting the gift buyers tripled the ROAS")).toBeVisible();
});

test("matrix, heat map and maturity by keyboard and mouse", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-23T10:00:00"));
  await startExample(page);
  await goPortfolio(page);
  await view(page, "Matrix").click();
  const bubble = page.getByRole("button", { name: /^Loyalty club relaunch: score \d+/ });
  await expect(bubble).toBeVisible();
  await bubble.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Loyalty club relaunch", level: 1 })).toBeVisible();
  await page.goBack();
  await page.getByRole("button", { name: "Cost" }).click();
  await expect(page.getByText("Planned budget (EUR) →")).toBeVisible();

  await view(page, "Risks").click();
  await page.getByRole("button", { name: "Probability 3, impact 5: 1 risk" }).click();
  await expect(page.getByText("Supplier delay on winter blend packaging —")).toBeVisible();
  // The register leads with the highest exposure.
  const first = page.getByRole("table").filter({ hasText: "Exposure" }).getByRole("row").nth(1);
  await expect(first).toContainText("15");
  // A new risk with its exposure.
  await page.getByText("Add risk").first().click();
  await page.getByLabel("Risk", { exact: true }).fill("Influencer backlash");
  await page.getByLabel("Probability (1–5)").selectOption("5");
  await page.getByLabel("Impact (1–5)").selectOption("5");
  await expect(page.getByText("Exposure 25 / 25")).toBeVisible();
  await page.getByRole("button", { name: "Add risk" }).click();
  await expect(page.getByRole("button", { name: "Probability 5, impact 5: 1 risk" })).toBeVisible();

  await view(page, "Maturity").click();
  await page.getByRole("button", { name: "Save this assessment" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "18 questions still need an answer." })).toBeVisible();
  const groups = page.getByRole("radiogroup");
  await expect(groups).toHaveCount(18);
  for (let i = 0; i < 18; i++) await groups.nth(i).getByRole("radio", { name: i < 9 ? /^2/ : /^4/ }).check();
  await page.getByRole("button", { name: "Save this assessment" }).click();
  await expect(page.getByRole("img", { name: /Assessment of .*Strategy alignment 2/ })).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "Performance tracking" }).getByRole("row")).toHaveCount(2);
});

test("a criterion's name cleared: a built-in one shows its name again, one's own is refused with a message and kept", async ({ page }) => {
  await startExample(page);
  await goPortfolio(page);
  await view(page, "Scoring").click();
  const cost = page.getByLabel("Name of Cost", { exact: true });
  await cost.fill("");
  await cost.press("Tab");
  await expect(cost).toHaveValue("Cost");
  await page.getByLabel("New criterion", { exact: true }).fill("Brand fit");
  await page.getByRole("button", { name: "Add criterion" }).click();
  const own = page.getByLabel("Name of Brand fit", { exact: true });
  await own.fill("");
  await own.press("Tab");
  await expect(page.getByRole("alert").filter({ hasText: "A name is needed." })).toBeVisible();
  await expect(own).toHaveAttribute("aria-invalid", "true");
  await waitSaved(page);
  await page.reload();
  await expect(page.getByLabel("Name of Brand fit", { exact: true })).toHaveValue("Brand fit");
});
