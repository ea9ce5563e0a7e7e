// The weekly meeting as a marketing lead runs it, on a fake clock: two
// attendees, the cost ticking, the timebox warning, a decision, an action
// turned into a backlog item, the meeting kept afterwards; and the
// projector's presentation mode, entered and left by key and by button.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import { row, startExample, presentExample } from "./helpers.mjs";

const areas = (page) => page.getByRole("navigation", { name: "Areas" });

test("run a meeting: two attendees, live cost on a fake clock, timebox warning, decision, action to backlog, kept after reload", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-11-24T09:59:00") });
  await startExample(page);
  // The clock stands still from here and moves only when the test says so.
  await page.clock.pauseAt(new Date("2026-11-24T10:00:00"));
  await areas(page).getByRole("link", { name: "Meeting" }).click();
  await expect(page.getByRole("heading", { name: "Meeting", level: 1 })).toBeVisible();
  // The agenda is built from the workspace before the meeting exists.
  await expect(page.getByRole("heading", { name: "Quarter goals" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "KPIs behind target this week" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Top risks" })).toBeVisible();
  await expect(page.getByText("Supplier delay on winter blend packaging")).toBeVisible();

  await page.getByRole("button", { name: "Prepare this week's meeting" }).focus();
  await page.keyboard.press("Enter");
  // The button is gone with the form: the keyboard is on Start, not lost.
  await expect(page.getByRole("button", { name: "Start the meeting" })).toBeFocused();
  const attendees = page.getByRole("region", { name: "Attendees" });
  await attendees.getByRole("checkbox", { name: /Camille Martin/ }).check();
  // A guest with a bad rate is refused and nothing is added.
  await attendees.getByLabel("Guest's name").fill("Zoé (agency)");
  await attendees.getByLabel("Hourly rate (EUR)").fill("-5");
  await attendees.getByRole("button", { name: "Add guest" }).click();
  // Said once, at the field, which takes the focus.
  await expect(attendees.getByRole("alert")).toHaveCount(1);
  await expect(attendees.getByRole("alert")).toHaveText("Must be at least 0.");
  await expect(attendees.getByLabel("Hourly rate (EUR)")).toBeFocused();
  await expect(attendees.getByRole("button", { name: "Remove Zoé (agency)" })).toHaveCount(0);
  await attendees.getByLabel("Hourly rate (EUR)").fill("35");
  await attendees.getByRole("button", { name: "Add guest" }).click();
  await expect(attendees.getByRole("button", { name: "Remove Zoé (agency)" })).toBeVisible();

  // 85 + 35 = 120 an hour: 120 projected for 60 minutes, 180 for 90.
  const clock = page.locator(".ticker");
  await expect(clock).toContainText("120 EUR/h");
  await expect(clock).toContainText("Projected for 60 min");
  await expect(clock.locator("dd").nth(2)).toHaveText("120 EUR");
  await page.getByRole("radio", { name: "90 min" }).check();
  await expect(clock.locator("dd").nth(2)).toHaveText("180 EUR");
  await page.getByRole("radio", { name: "60 min" }).check();

  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("cost")).toHaveText("0 EUR");
  await page.clock.fastForward("30:00");
  // Ticks live, without any action: half an hour at 120 an hour.
  await expect(page.getByTestId("cost")).toHaveText("60 EUR");
  await expect(page.getByRole("timer")).toHaveText("30:00");
  await expect(page.getByRole("alert").filter({ hasText: "left in the timebox" })).toHaveCount(0);
  await page.clock.fastForward("25:00");
  const nearly = page.getByRole("alert").filter({ hasText: "Five minutes left in the timebox" });
  await expect(nearly).toBeVisible();
  await expect(page.getByText("05:00 left")).toBeVisible();
  // The alert is said once: the same element, unchanged, while the minutes left tick beside it
  // (an alert rewritten every second would be read out every second).
  await nearly.evaluate((el) => { el.dataset.seen = "1"; });
  await page.clock.fastForward("00:02");
  await expect(page.getByText("04:58 left")).toBeVisible();
  await expect(nearly).toHaveAttribute("data-seen", "1");
  await expect(nearly).toHaveText("⏰ Five minutes left in the timebox: time to wrap up.");
  await page.clock.fastForward("06:00");
  await expect(page.getByRole("alert").filter({ hasText: "The timebox is over." })).toBeVisible();
  await expect(page.getByText("Over by 01:02")).toBeVisible();
  await expect(page.getByTestId("cost")).toHaveText("122 EUR");

  // A topic raised, discussed; a decision; an action owned by someone.
  await page.getByLabel("A topic or conflict to discuss").fill("Social vs SEA budget split");
  await page.getByRole("button", { name: "Add topic" }).click();
  await page.getByRole("button", { name: "Discussed: Social vs SEA budget split" }).click();
  await expect(page.locator(".agenda").getByText("Social vs SEA budget split")).toHaveCount(0);
  // Each field found by its label alone: "Decision" is not also the name of its section.
  await page.getByLabel("Decision").fill("Move 1,000 EUR from display to search ads");
  await page.getByRole("button", { name: "Record decision" }).click();
  const section = (name) => page.getByRole("heading", { name, exact: true }).locator("xpath=..");
  await expect(section("Decisions").getByRole("listitem")).toHaveText([/^Move 1,000 EUR from display to search ads/]);
  await page.getByLabel("Action item").fill("Brief the agency on the new split");
  await page.getByLabel("Owner").fill("Léa Dubois");
  await page.getByRole("button", { name: "Add action item" }).click();
  await page.getByRole("button", { name: "Make a backlog item: Brief the agency on the new split" }).click();
  const actions = section("Action items");
  await expect(actions.getByText("In the backlog")).toBeVisible();
  // One undo takes the item and the link back; redo brings both.
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(actions.getByRole("button", { name: /Make a backlog item/ })).toBeVisible();
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(actions.getByText("In the backlog")).toBeVisible();
  await page.getByLabel("Notes").fill("Agency brief due Friday");
  await page.getByLabel("Notes").blur();
  await expect(page.getByLabel("Notes")).toHaveValue("Agency brief due Friday");

  await page.getByRole("button", { name: "End the meeting" }).click();
  await expect(page.getByRole("button", { name: "Prepare this week's meeting" })).toBeVisible();
  await page.reload();
  const past = page.getByRole("region", { name: "Past meetings" });
  await expect(past.locator("summary")).toHaveText("2026-11-24 · 61 min · 122 EUR · 1 decision");
  await expect(past.getByRole("group", { name: "2026-11-24 · 61 min · 122 EUR · 1 decision" })).toBeVisible();
  await past.locator("summary").click();
  await expect(past).toContainText("Camille Martin, Zoé (agency)");
  await expect(past).toContainText("Move 1,000 EUR from display to search ads");
  await expect(past).toContainText("Brief the agency on the new split · Léa Dubois");

  // The action is a backlog item saying where it came from.
  await areas(page).getByRole("link", { name: "Backlog" }).click();
  await page.getByLabel("Search").fill("Brief the agency");
  await expect(row(page, "Brief the agency on the new split")).toHaveCount(1);
  await expect(row(page, "Brief the agency on the new split")).toContainText("meeting");
});

test("presentation mode: P and the button enter, arrows move between five slides in large type, Escape and the button leave", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  // P typed in a field is text, not a shortcut.
  await page.getByLabel("Title of the new item").fill("p");
  await expect(page.getByRole("region", { name: "Presentation" })).toHaveCount(0);
  await page.getByLabel("Title of the new item").fill("");
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press("p");
  const show = page.getByRole("region", { name: "Presentation" });
  await expect(show).toBeVisible();
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeHidden();
  const size = await show.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  const title = show.getByRole("heading", { level: 1 });
  await expect(title).toHaveText("KPIs — behind target first");
  // No text on a slide, or on its bar, is smaller than 20 px at 1280×720
  // (charts are measured by present-charts.spec.mjs): badges, card titles
  // and week marks were 15–18 px, sized for the page, not the room.
  const smallest = () => show.evaluate((el) => {
    let min = [Infinity, ""];
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const p = n.parentElement;
      if (!n.textContent.trim() || p.closest("svg, .visually-hidden") || !p.getClientRects().length) continue;
      const size = parseFloat(getComputedStyle(p).fontSize);
      if (size < min[0]) min = [size, n.textContent.trim().slice(0, 30)];
    }
    return min;
  });
  const sizes = [];
  for (let i = 0; i < 5; i++) {
    sizes.push(await smallest());
    await page.keyboard.press("ArrowRight");
  }
  await page.keyboard.press("Home");
  for (const [px, text] of sizes) expect(px, `“${text}”`).toBeGreaterThanOrEqual(20);
  await expect(title).toHaveText("KPIs — behind target first");
  // Behind-target rows come first: the first row is not on track.
  await expect(show.getByRole("row").nth(1)).toContainText(/behind/);
  await expect(show.getByRole("button", { name: "Previous slide" })).toBeDisabled();
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Prioritisation: value vs effort");
  await expect(show.getByRole("button", { name: /Winter blend launch/ })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Sprint board and burndown");
  await expect(show.getByText("Burndown", { exact: true })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Milestones: overdue and next 14 days");
  await show.getByRole("button", { name: "Next slide" }).click();
  await expect(title).toHaveText("This week's meeting");
  await expect(show.getByRole("heading", { name: "Quarter goals" })).toBeVisible();
  await expect(show.getByText("Slide 5 of 5")).toBeVisible();
  await expect(show.getByRole("button", { name: "Next slide" })).toBeDisabled();
  // No editing chrome on the projector.
  await expect(show.getByRole("button", { name: "Add topic" })).toHaveCount(0);
  await page.keyboard.press("ArrowLeft");
  await expect(title).toHaveText("Milestones: overdue and next 14 days");
  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();

  // The button enters too, from any area, and "Leave presentation" leaves.
  await areas(page).getByRole("link", { name: "KPIs" }).click();
  await page.getByRole("button", { name: "Present" }).click();
  await expect(show).toBeVisible();
  await show.getByRole("button", { name: "Leave presentation (Esc)" }).click();
  await expect(show).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "KPIs", level: 1 })).toBeVisible();
});

/**
 * The rows of the slide's tables and agenda lists as the room sees them: a
 * row is shown where the screen shows it at that point (not clipped away,
 * not under the column headers, not under the navigation bar). `whole`: seen
 * at its top, middle and bottom; `cut`: seen only in part; `overNav`: seen and
 * reaching below the top of the navigation bar; `at`: the whole rows' places
 * among all the slide's rows.
 */
function shownRows(page) {
  return page.evaluate(() => {
    const nav = document.querySelector(".present-nav").getBoundingClientRect();
    const out = { whole: [], at: [], cut: [], overNav: [] };
    for (const [i, r] of [...document.querySelectorAll(".present-slide tbody tr, .present-slide li")].entries()) {
      const b = r.getBoundingClientRect();
      const x = b.left + Math.min(12, b.width / 2);
      const hit = (y) => r.contains(document.elementFromPoint(x, y));
      const seen = [hit(b.top + 3), hit((b.top + b.bottom) / 2), hit(b.bottom - 3)];
      const name = (r.querySelector("th, strong") || r).textContent.trim();
      if (seen.every(Boolean)) out.whole.push(name), out.at.push(i);
      else if (seen.some(Boolean)) out.cut.push(name);
      if (seen.some(Boolean) && b.bottom > nav.top + 0.5) out.overNav.push(name);
    }
    return out;
  });
}

/** Whole rows only, none under the navigation bar; returns the shown rows' names. */
async function wholePage(page) {
  const rows = await shownRows(page);
  expect(rows.cut, "rows cut in half").toEqual([]);
  expect(rows.overNav, "rows under the navigation bar").toEqual([]);
  return rows.whole;
}

const pageCount = async (show) => Number((await show.locator(".present-count").innerText()).match(/page \d+ of (\d+)$/)[1]);

test("presentation mode: a long slide shows a page at a time, whole rows only; ↓ / ↑, Page Down / Up, Space and the page buttons reach every page", async ({ page }) => {
  const { show, title } = await presentExample(page);
  const counter = show.locator(".present-count");
  await expect(title).toHaveText("KPIs — behind target first");
  // More KPI rows than fit at 1280×720: the counter says so in words, a cue at the bottom.
  await expect(counter).toHaveText(/^Slide 1 of 5 · page 1 of \d+$/);
  // A screen reader hears the title and the counter change (a page turn
  // too), not the whole slide, whose meeting cost ticks every second.
  await expect(counter).toHaveAttribute("aria-live", "polite");
  await expect(title).toHaveAttribute("aria-live", "polite");
  expect(await show.locator(".present-slide[aria-live], .present-slide [aria-live]").count()).toBe(1);
  const pages = await pageCount(show);
  expect(pages).toBeGreaterThan(1);
  const more = show.getByText("↓ more");
  await expect(more).toBeVisible();
  const first = await wholePage(page);
  expect(first[0]).toBe("Email CTR"); // far behind first, in the sheet's order (grouped by channel)
  expect(await wholePage(page)).toEqual(first);
  expect(first.length).toBeGreaterThan(3);

  // ↓: the next page, from a row not shown before; the first row is gone.
  await page.keyboard.press("ArrowDown");
  await expect(counter).toHaveText(`Slide 1 of 5 · page 2 of ${pages}`);
  await expect.poll(async () => (await shownRows(page)).whole[0]).not.toBe("Leads");
  const second = await wholePage(page);
  expect(second).not.toContain("Leads");
  expect(second.filter((n) => !first.includes(n)).length).toBeGreaterThan(0);
  // The column headers are repeated above the page's rows.
  const header = await show.getByRole("columnheader", { name: "Status" }).boundingBox();
  const firstRow = await show.getByRole("row").filter({ hasText: second[0] }).boundingBox();
  expect(header.y + header.height).toBeLessThanOrEqual(firstRow.y + 1);
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("thead") != null, { x: header.x + 5, y: header.y + header.height / 2 })).toBe(true);
  // ↑ comes back; at the first page it does nothing.
  await page.keyboard.press("ArrowUp");
  await expect(counter).toHaveText(`Slide 1 of 5 · page 1 of ${pages}`);
  await expect.poll(async () => (await shownRows(page)).whole).toEqual(first);
  await page.keyboard.press("ArrowUp");
  await expect(counter).toHaveText(`Slide 1 of 5 · page 1 of ${pages}`);
  await expect(title).toHaveText("KPIs — behind target first");

  // The page buttons do the same.
  await expect(show.getByRole("button", { name: "Previous page" })).toBeDisabled();
  await show.getByRole("button", { name: "Next page" }).click();
  await expect(counter).toHaveText(`Slide 1 of 5 · page 2 of ${pages}`);
  await show.getByRole("button", { name: "Previous page" }).click();
  await expect(counter).toHaveText(`Slide 1 of 5 · page 1 of ${pages}`);

  // → is the next slide from any page; a slide that fits has no pages.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowRight");
  await expect(title).toHaveText("Prioritisation: value vs effort");
  await expect(counter).toHaveText("Slide 2 of 5");
  await expect(show.getByRole("button", { name: "Next page" })).toHaveCount(0);

  // Page Up from a slide's first page: the previous slide, at its last page.
  await page.keyboard.press("PageUp");
  await expect(title).toHaveText("KPIs — behind target first");
  await expect(counter).toHaveText(`Slide 1 of 5 · page ${pages} of ${pages}`);
  const last = await wholePage(page);
  expect(last).not.toContain("Leads");
  await expect(more).toBeHidden();
  await expect(show.getByRole("button", { name: "Next page" })).toBeDisabled();
  // ↓ at the last page does nothing; Page Down goes on to the next slide.
  await page.keyboard.press("ArrowDown");
  await expect(counter).toHaveText(`Slide 1 of 5 · page ${pages} of ${pages}`);
  await page.keyboard.press("PageDown");
  await expect(title).toHaveText("Prioritisation: value vs effort");

  // A clicker (Page Down, Space) walks every page of the slide, then on; Page Up back.
  await page.keyboard.press("ArrowLeft");
  await expect(counter).toHaveText(`Slide 1 of 5 · page 1 of ${pages}`);
  const seen = new Set(first);
  for (let i = 2; i <= pages; i++) {
    await page.keyboard.press(i % 2 ? "PageDown" : " ");
    await expect(counter).toHaveText(`Slide 1 of 5 · page ${i} of ${pages}`);
    await expect.poll(async () => (await shownRows(page)).whole[0]).not.toBe("Leads");
    for (const n of await wholePage(page)) seen.add(n);
  }
  // Every row of the slide was on a page.
  expect(seen.size).toBe(await show.locator("tbody tr").count());
  await page.keyboard.press("PageUp");
  await expect(counter).toHaveText(`Slide 1 of 5 · page ${pages - 1} of ${pages}`);
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await expect(counter).toHaveText(`Slide 1 of 5 · page 1 of ${pages}`);

  // A smaller window: measured again, more pages, still whole rows.
  await page.setViewportSize({ width: 1280, height: 520 });
  await expect.poll(() => pageCount(show)).toBeGreaterThan(pages);
  await wholePage(page);
  await page.keyboard.press("ArrowDown");
  await expect(counter).toHaveText(/^Slide 1 of 5 · page 2 of \d+$/);
  await wholePage(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(() => pageCount(show)).toBe(pages);
  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
});

test("presentation mode: the meeting slide keeps its cost ticker on every page of the agenda", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
  await startExample(page);
  await areas(page).getByRole("link", { name: "Meeting" }).click();
  await page.getByRole("button", { name: "Prepare this week's meeting" }).click();
  await page.getByRole("region", { name: "Attendees" }).getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await page.getByRole("button", { name: "Present" }).click();
  const show = page.getByRole("region", { name: "Presentation" });
  await page.keyboard.press("End");
  await expect(show.getByRole("heading", { level: 1 })).toHaveText("This week's meeting");
  const counter = show.locator(".present-count");
  await expect(counter).toHaveText(/^Slide 5 of 5 · page 1 of \d+$/);
  const pages = await pageCount(show);
  expect(pages).toBeGreaterThan(1);
  const tickerShown = () => page.evaluate(() => {
    const t = document.querySelector(".present .ticker");
    const b = t.getBoundingClientRect();
    return [b.top + 2, b.bottom - 2].every((y) => t.contains(document.elementFromPoint(b.left + b.width / 2, y)));
  });
  expect((await wholePage(page)).length).toBeGreaterThan(2);
  let before = (await shownRows(page)).at;
  expect(await tickerShown()).toBe(true);
  for (let i = 2; i <= pages; i++) {
    await page.keyboard.press("ArrowDown");
    await expect(counter).toHaveText(`Slide 5 of 5 · page ${i} of ${pages}`);
    // Other rows (the last page may hold only the topics' heading and its note).
    await expect.poll(async () => (await shownRows(page)).at.filter((n) => before.includes(n))).toEqual([]);
    await wholePage(page);
    before = (await shownRows(page)).at;
    expect(await tickerShown()).toBe(true);
  }
  // The last slide's last page: Page Down and Space stay there.
  await page.keyboard.press("PageDown");
  await page.keyboard.press(" ");
  await expect(counter).toHaveText(`Slide 5 of 5 · page ${pages} of ${pages}`);
});

test("presentation mode on a 4:3 projector (1024×768): every slide fits the screen, nothing runs off its side, and its bar stays in view", async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const { show, title } = await presentExample(page);
  const titles = [];
  for (let i = 1; i <= 5; i++) {
    await expect(show.locator(".present-count")).toHaveText(new RegExp(`^Slide ${i} of 5`));
    titles.push(await title.innerText());
    const [sw, cw, sh, ch] = await page.evaluate(() => { const d = document.documentElement; return [d.scrollWidth, d.clientWidth, d.scrollHeight, d.clientHeight]; });
    expect(sw, `slide ${i} is wider than the screen`).toBeLessThanOrEqual(cw);
    expect(sh, `slide ${i} is taller than the screen`).toBeLessThanOrEqual(ch);
    // Nothing inside the slide is cut at its right edge either.
    const widest = await show.evaluate((s) => Math.max(...[...s.querySelectorAll("*")].map((e) => e.getBoundingClientRect().right)));
    expect(widest).toBeLessThanOrEqual(1024.5);
    await expect(show.getByRole("button", { name: "Leave presentation (Esc)" })).toBeInViewport({ ratio: 1 });
    await page.keyboard.press("ArrowRight");
  }
  expect(new Set(titles).size).toBe(5);
  await page.keyboard.press("Escape");
  await expect(show).toHaveCount(0);
});
