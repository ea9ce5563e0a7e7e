// The weekly KPI sheet as a marketing lead fills it in: type a week by
// keyboard, paste a block from a spreadsheet, watch derived rows follow,
// export CSV and import it back identical, be refused a bad CSV.
import { expect } from "@playwright/test";
import { test } from "./helpers.mjs";
import fs from "node:fs";
import { startEmpty, startExample, fixture, importFile } from "./helpers.mjs";

const cell = (page, metric, week) => page.getByRole("textbox", { name: `${metric}, ${week}`, exact: true });
const exact = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const row = (page, metric) => page.getByRole("row").filter({ has: page.locator(".metric .name").filter({ hasText: exact(metric) }) });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-11-24T10:00:00"));
});

test("a new workspace has the usual metrics; a week typed by keyboard updates the derived rows; a pasted block is one undo", async ({ page }) => {
  await startEmpty(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  await expect(page.getByRole("heading", { name: "KPIs", level: 1 })).toBeVisible();
  await expect(page.getByRole("rowheader").filter({ hasText: "CTR" }).first()).toBeVisible();
  await expect(row(page, "Spend — total")).toContainText("computed");
  // Derived rows have no field to type into.
  await expect(cell(page, "CTR", "2026-W48")).toHaveCount(0);

  await cell(page, "Impressions", "2026-W48").click();
  await page.keyboard.type("2000");
  await page.keyboard.press("Enter"); // stored, and down to Clicks
  await expect(cell(page, "Clicks", "2026-W48")).toBeFocused();
  await page.keyboard.type("50");
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, "Impressions", "2026-W48")).toBeFocused();
  // CTR = clicks ÷ impressions × 100, computed; no impressions → "—", never NaN.
  const ctr = row(page, "CTR").getByRole("cell");
  await expect(ctr.nth(2 + 8)).toHaveText(/^2\.5 %/);
  await expect(ctr.nth(2 + 7)).toHaveText(/^—/);
  // In a cell holding its stored value, Ctrl+Z undoes the last change (Clicks, 50)
  // as a spreadsheet does, stored and not only shown; Ctrl+Shift+Z redoes it.
  await page.keyboard.press("Control+z");
  await expect(cell(page, "Clicks", "2026-W48")).toHaveValue("");
  await expect(ctr.nth(2 + 8)).toHaveText(/^—/);
  await expect(page.getByRole("button", { name: "Redo" }).first()).toBeEnabled();
  await page.keyboard.press("Control+Shift+z");
  await expect(cell(page, "Clicks", "2026-W48")).toHaveValue("50");
  await expect(ctr.nth(2 + 8)).toHaveText(/^2\.5 %/);
  await expect(cell(page, "Impressions", "2026-W48")).toBeFocused();
  // Escape puts the value back; text is refused with a message and not stored.
  await page.keyboard.type("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("2000");
  await cell(page, "Clicks", "2026-W47").fill("lots");
  await cell(page, "Clicks", "2026-W47").press("Enter");
  await expect(page.getByRole("alert")).toContainText("“lots” is not a number");
  await expect(cell(page, "Clicks", "2026-W47")).toHaveAttribute("aria-invalid", "true");
  await cell(page, "Clicks", "2026-W47").press("Escape");
  await expect(cell(page, "Clicks", "2026-W47")).toHaveValue("");
  await expect(cell(page, "Clicks", "2026-W47")).not.toHaveAttribute("aria-invalid", "true");

  // A block copied from a spreadsheet: 2 rows × 3 weeks, from Spend — search ads, W45;
  // the second line goes to the next typed row below (Impressions: CTR and CPC are computed).
  await cell(page, "Spend — search ads", "2026-W45").focus();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "100\t120\t140\r\n30\t40\t50\r\n");
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByText("Pasted 6 values.")).toBeVisible();
  await expect(cell(page, "Spend — search ads", "2026-W47")).toHaveValue("140");
  await expect(cell(page, "Impressions", "2026-W46")).toHaveValue("40");
  await expect(row(page, "Spend — total").getByRole("cell").nth(2 + 6)).toHaveText(/^120/);
  await page.getByRole("button", { name: "Undo" }).first().click();
  await expect(cell(page, "Spend — search ads", "2026-W47")).toHaveValue("");
  await expect(cell(page, "Impressions", "2026-W46")).toHaveValue("");
  // Kept after a reload.
  await page.reload();
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("2000");
});

test("CSV: export then import gives the same sheet; a bad file is refused line by line and changes nothing", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/kpis?q=2026-Q4");
  await expect(page.getByRole("heading", { name: "KPIs", level: 1 })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("jalon-kpis-2026-Q4.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  // A byte-order mark first, so Excel on Windows reads the accents as UTF-8.
  expect(csv.startsWith("\uFEFF")).toBe(true);
  expect(csv.slice(1).split("\r\n")[0]).toBe("metric,target,average," + Array.from({ length: 14 }, (_, i) => `2026-W${40 + i}`).join(","));
  expect(csv).toContain("\r\nLeads,");
  const before = await page.locator(".kpi-sheet").innerText();

  const importCsv = async (name, text) => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import CSV" }).click()]);
    await chooser.setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  };
  // Change a value in the file the way a spreadsheet would, import, see it; then the original back.
  const edited = csv.replace(/\r\nLeads,([^,]*),([^,]*),([^,]*),/, "\r\nLeads,$1,$2,999,");
  await importCsv("edited.csv", edited);
  await expect(page.getByText(/Imported edited\.csv: \d+ metrics? updated\./)).toBeVisible();
  await expect(cell(page, "Leads", "2026-W40")).toHaveValue("999");
  // The computed rows' own values came back unchanged: nothing to say of them.
  await expect(page.getByText(/were not used/)).toHaveCount(0);
  // In a spreadsheet someone sets the CPC's target and types over a
  // computed CPC: the target is imported, the typed value is not, and
  // the message says which row it was.
  const cpc = csv.replace(/\r\nCPC — search ads,([^,]*),([^,]*),([^,]*),/, "\r\nCPC — search ads,0.4,$2,9.99,");
  expect(cpc).not.toBe(csv);
  await importCsv("cpc.csv", cpc);
  await expect(page.getByText(/Imported cpc\.csv: \d+ metrics updated\. Values typed in CPC — search ads were not used: those rows are computed from other rows\./)).toBeVisible();
  const cpcCells = row(page, "CPC — search ads").getByRole("cell");
  await expect(cpcCells.first()).toHaveText("0.4");
  const cpcW40 = await cpcCells.nth(2).innerText(); // target, average, then 2026-W40
  expect(cpcW40).not.toContain("9.99");
  expect(cpcW40).toMatch(/^0\.5\b/);
  // Saved back by an English spreadsheet: a grouped number in quotes, empty
  // columns after the last week. "1,999" is one thousand nine hundred…
  const excel = csv.replace(/\r\nLeads,([^,]*),([^,]*),([^,]*),/, '\r\nLeads,$1,$2,"1,999",').split("\r\n").map((l) => (l ? l + ",," : l)).join("\r\n");
  await importCsv("excel.csv", excel);
  await expect(page.getByText(/Imported excel\.csv: \d+ metrics? updated\./)).toBeVisible();
  await expect(cell(page, "Leads", "2026-W40")).toHaveValue("1999");
  // Saved by Excel on Windows as a plain "CSV": Windows-1252 with no BOM,
  // where the em dash is byte 0x97. The row is still found.
  const cp1252 = (t) => Buffer.from([...t.replace(/^\uFEFF/, "")].map((ch) => ({ "—": 0x97, "–": 0x96, "€": 0x80, "’": 0x92 })[ch] ?? ch.charCodeAt(0)));
  const ansi = csv.replace(/\r\nSpend — paid social,([^,]*),([^,]*),([^,]*),/, "\r\nSpend — paid social,$1,$2,555,");
  expect(ansi).not.toBe(csv);
  await importCsv("ansi.csv", cp1252(ansi));
  await expect(page.getByText(/Imported ansi\.csv: \d+ metrics? updated\./)).toBeVisible();
  await expect(cell(page, "Spend — paid social", "2026-W40")).toHaveValue("555");
  await importCsv("original.csv", csv);
  await expect(cell(page, "Spend — paid social", "2026-W40")).not.toHaveValue("555");
  // Rows out of view follow when the page is next idle (see README).
  await expect.poll(() => page.locator(".kpi-sheet").innerText()).toBe(before);

  // Ragged line, text in a number cell, unknown metric: each named, nothing changed.
  const lines = csv.split("\r\n");
  const bad = [lines[0], lines[1].split(",").slice(0, 5).join(","), lines[2].replace(/,([^,]*)$/, ",abc"), "Followers" + ",".repeat(16)].join("\r\n");
  await importCsv("bad.csv", bad);
  const alert = page.getByRole("alert").filter({ hasText: "The CSV file was not imported" });
  await expect(alert).toContainText("Line 2: 5 cells where the header has 17");
  await expect(alert).toContainText("Line 3: “abc” in column 2026-W53 is not a number");
  await expect(alert).toContainText("Line 4: no metric is called “Followers”");
  expect(await page.locator(".kpi-sheet").innerText()).toBe(before);
});

test("metrics: add, rename, move, a ratio computed, a circle refused, removal refused while used then undone; the chart shows the target", async ({ page }) => {
  await startEmpty(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  const names = () => page.locator(".kpi-sheet .metric .name").allInnerTexts();
  await page.getByRole("button", { name: "Add a metric" }).click();
  const form = page.getByRole("region", { name: "Add a metric" });
  // The keyboard goes to the new metric's name.
  await expect(form.getByLabel("Name")).toBeFocused();
  await form.getByLabel("Name").fill("Webinar sign-ups");
  await form.getByLabel("Channel").selectOption({ label: "Email" });
  await form.getByLabel("Quarter target").fill("lots");
  await expect(form.getByRole("alert").first()).toBeVisible();
  // A count cannot aim below zero: refused, the form stays open.
  await form.getByLabel("Quarter target").fill("-10");
  await form.getByRole("button", { name: "Add metric" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "cannot have a target below zero" })).toBeVisible();
  await form.getByLabel("Quarter target").fill("140");
  await form.getByRole("button", { name: "Add metric" }).click();
  await expect(form).toHaveCount(0);
  // It joins the end of the email rows.
  let order = await names();
  expect(order.indexOf("Webinar sign-ups")).toBe(order.indexOf("Email sales") + 1);
  await cell(page, "Webinar sign-ups", "2026-W48").fill("12");
  await cell(page, "Webinar sign-ups", "2026-W48").press("Enter");

  // Rename, then move up one row within its channel: the typed value follows.
  await page.getByRole("button", { name: "Edit Webinar sign-ups" }).click();
  const edit = page.getByRole("region", { name: "Edit metric: Webinar sign-ups" });
  await edit.getByLabel("Name").fill("Webinar registrations");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(cell(page, "Webinar registrations", "2026-W48")).toHaveValue("12");
  await page.getByRole("button", { name: "Edit Webinar registrations" }).click();
  await page.getByRole("button", { name: "Move up" }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  order = await names();
  expect(order.indexOf("Webinar registrations")).toBe(order.indexOf("Email sales") - 1);
  // A name already used is refused.
  await page.getByRole("button", { name: "Add a metric" }).click();
  await page.getByRole("region", { name: "Add a metric" }).getByLabel("Name").fill("ctr");
  await page.getByRole("button", { name: "Add metric" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Another metric already has this name" })).toBeVisible();

  // A derived ratio, computed and never typed.
  const add = page.getByRole("region", { name: "Add a metric" });
  await add.getByLabel("Name").fill("Registrations per send");
  await add.getByLabel("Unit").selectOption({ label: "Percentage" });
  await add.getByLabel("Values").selectOption({ label: "Ratio of two rows" });
  await add.getByLabel("Numerator").selectOption({ label: "Webinar registrations" });
  // A row divided by itself is always 1: refused.
  await add.getByLabel("Denominator").selectOption({ label: "Webinar registrations" });
  await add.getByRole("button", { name: "Add metric" }).click();
  await expect(add.getByRole("alert").filter({ hasText: "divided by itself" })).toBeVisible();
  await add.getByLabel("Denominator").selectOption({ label: "Email sends" });
  await add.getByLabel("× 100 (a percentage)").check();
  await add.getByRole("button", { name: "Add metric" }).click();
  await expect(row(page, "Registrations per send")).toContainText("computed");
  await cell(page, "Email sends", "2026-W48").fill("400");
  await cell(page, "Email sends", "2026-W48").press("Enter");
  await expect(row(page, "Registrations per send").getByRole("cell").nth(2 + 8)).toHaveText(/^3 %/);

  // Email sends computed from the ratio that reads it: a circle, refused, nothing changed.
  await page.getByRole("button", { name: "Edit Email sends" }).click();
  const sends = page.getByRole("region", { name: "Edit metric: Email sends" });
  await sends.getByLabel("Values").selectOption({ label: "Ratio of two rows" });
  await sends.getByLabel("Numerator").selectOption({ label: "Registrations per send" });
  await sends.getByLabel("Denominator").selectOption({ label: "Webinar registrations" });
  await sends.getByRole("button", { name: "Save" }).click();
  await expect(sends.getByRole("alert")).toContainText("would go round in a circle");
  await sends.getByRole("button", { name: "Cancel" }).click();
  await expect(cell(page, "Email sends", "2026-W48")).toHaveValue("400");

  // A row a formula reads cannot go; the ratio can, and comes back with undo.
  await page.getByRole("button", { name: "Edit Webinar registrations" }).click();
  await page.getByRole("button", { name: "Remove metric" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "cannot be removed: it is used to compute Registrations per send" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Edit Registrations per send" }).click();
  await page.getByRole("button", { name: "Remove metric" }).click();
  await expect(row(page, "Registrations per send")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).first().click();
  await expect(row(page, "Registrations per send")).toHaveCount(1);

  // The chart: the weeks with the weekly target (140 ÷ 14 weeks = 10) as a line.
  const name = page.locator(".kpi-sheet .metric .name").filter({ hasText: exact("Webinar registrations") });
  await name.click();
  const chart = page.getByRole("region", { name: "Webinar registrations: weekly trend" });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole("img")).toHaveAccessibleName(/latest 12 in 2026-W48; weekly target 10\./);
  await expect(chart.getByText("target 10", { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(chart).toHaveCount(0);
  await expect(name).toBeFocused();
  // Kept after a reload.
  await page.reload();
  await expect(cell(page, "Webinar registrations", "2026-W48")).toHaveValue("12");
  order = await names();
  expect(order.indexOf("Webinar registrations")).toBe(order.indexOf("Email sales") - 1);
});

test("a click into a cell holding a value selects it, so what is typed replaces it; a count below zero is refused", async ({ page }) => {
  await startEmpty(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  await cell(page, "Impressions", "2026-W48").fill("2000");
  await cell(page, "Impressions", "2026-W48").press("Enter");
  await cell(page, "Impressions", "2026-W48").click();
  await page.keyboard.type("2500");
  await page.keyboard.press("Enter");
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("2500");
  // A second click in the cell being edited places the caret instead.
  await cell(page, "Impressions", "2026-W48").click();
  await cell(page, "Impressions", "2026-W48").click();
  await page.keyboard.press("End");
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("25000");
  // ← and → go from cell to cell while the whole value is selected (a cell
  // reached by the keyboard or one click), through cells holding a value too.
  await expect(cell(page, "Clicks", "2026-W48")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(cell(page, "Impressions", "2026-W48")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, "Impressions", "2026-W47")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Impressions", "2026-W48")).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Impressions", "2026-W49")).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(cell(page, "Impressions", "2026-W47")).toBeFocused();
  // With a caret in the text, they move the caret.
  await cell(page, "Impressions", "2026-W48").click();
  await cell(page, "Impressions", "2026-W48").click();
  await page.keyboard.press("Home");
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Impressions", "2026-W48")).toBeFocused();
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("25000");
  // A count below zero is refused at the cell, and nothing is stored.
  await cell(page, "Leads", "2026-W48").fill("-5");
  await cell(page, "Leads", "2026-W48").press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Leads cannot be below zero" })).toBeVisible();
  await expect(cell(page, "Leads", "2026-W48")).toHaveAttribute("aria-invalid", "true");
  // A score may be: an NPS of -20 is kept.
  await cell(page, "NPS", "2026-W48").fill("-20");
  await cell(page, "NPS", "2026-W48").press("Enter");
  await page.reload();
  await expect(cell(page, "Leads", "2026-W48")).toHaveValue("");
  await expect(cell(page, "NPS", "2026-W48")).toHaveValue("-20");
});

test("a percentage is a rate from 0 to 100: 300 % or -5 % is refused at the cell and in a paste, and nothing is stored", async ({ page }) => {
  await startExample(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  const rate = cell(page, "Email open rate", "2026-W48");
  const before = await rate.inputValue();
  for (const typo of ["300", "-5"]) {
    await rate.fill(typo);
    await rate.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "Email open rate is a percentage, from 0 to 100" })).toBeVisible();
    await expect(rate).toHaveAttribute("aria-invalid", "true");
  }
  // 100 is a rate still.
  await rate.fill("100");
  await rate.press("Enter");
  await expect(rate).toHaveValue("100");
  await expect(rate).not.toHaveAttribute("aria-invalid", "true");
  // A pasted block with one out-of-range number pastes nothing.
  await cell(page, "Email open rate", "2026-W47").focus();
  const w47 = await cell(page, "Email open rate", "2026-W47").inputValue();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData("text/plain", "41\t250");
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole("alert").filter({ hasText: "is not between 0 and 100" })).toBeVisible();
  await expect(cell(page, "Email open rate", "2026-W47")).toHaveValue(w47);
  await page.reload();
  await expect(cell(page, "Email open rate", "2026-W48")).toHaveValue("100");
  expect(before).not.toBe("100");
});

test("a metric with weeks below zero (an NPS) is charted below its zero line, not flattened onto it", async ({ page }) => {
  await startEmpty(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  await cell(page, "NPS", "2026-W47").fill("-20");
  await cell(page, "NPS", "2026-W47").press("Enter");
  await cell(page, "NPS", "2026-W48").fill("10");
  await cell(page, "NPS", "2026-W48").press("Enter");
  await page.locator(".kpi-sheet .metric .name").filter({ hasText: exact("NPS") }).click();
  const chart = page.getByRole("region", { name: "NPS: weekly trend" });
  await expect(chart.getByRole("img")).toHaveAccessibleName(/latest 10 in 2026-W48/);
  const ticks = await chart.locator("text.tick.y").allTextContents();
  expect(ticks.map((t) => t.replace("\u2212", "-"))).toContain("-20");
  // W47's point (-20) sits lower on the screen than the 0 line; W48's (10) higher.
  const zero = await chart.locator("text.tick.y").filter({ hasText: /^0$/ }).getAttribute("y");
  const [low, high] = await chart.locator("circle.pt").evaluateAll((cs) => cs.map((c) => Number(c.getAttribute("cy"))));
  expect(low).toBeGreaterThan(Number(zero));
  expect(high).toBeLessThan(Number(zero) - 4);
});

test("ROI per campaign: revenue typed on the campaign, ROI and ROAS beside the sheet; a negative revenue is refused", async ({ page }) => {
  await startExample(page);
  await page.goto("./#/portfolio?campaign=cp-1");
  await expect(page.getByRole("heading", { name: "Winter blend launch", level: 1 })).toBeVisible();
  const revenue = page.getByLabel("Revenue attributed (EUR)");
  await revenue.fill("-5");
  await page.getByRole("button", { name: "Save campaign" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /at least 0/ })).toBeVisible();
  await revenue.fill("19000");
  await page.getByRole("button", { name: "Save campaign" }).click();
  await page.goto("./#/kpis");
  const roi = page.getByRole("region", { name: "ROI per campaign" });
  // Spent 900 + 2,600 + 4,100 = 7,600: ROI (19,000 − 7,600) ÷ 7,600 = 150 %, ROAS 2.5×.
  const line = roi.getByRole("row").filter({ hasText: "Winter blend launch" });
  await expect(line.getByRole("cell")).toHaveText(["7,600 EUR", "19,000 EUR", "150 %", "2.5×"]);
  await expect(roi.getByRole("row").filter({ hasText: "Brew guides SEO hub" }).getByRole("cell").nth(2)).toHaveText("—");
});

test("a long sheet: rows below the window follow a quarter switch and an import, and are right when scrolled to", async ({ page }) => {
  // 60 typed metrics: most rows are out of view, and those are brought up to date later than the visible ones.
  const file = JSON.parse(fs.readFileSync(fixture("v4.json"), "utf8"));
  for (let i = 1; i <= 60; i++) {
    const n = String(i).padStart(2, "0");
    file.workspace.kpis.push({ id: `kpi-x${n}`, name: `Metric ${n}`, unit: "count", direction: "higher_is_better", quarterly_target: 1300, weeks: { "2026-W30": 1000 + i, "2026-W38": 3000 + i, "2026-W45": 2000 + i } });
  }
  await startExample(page);
  await importFile(page, "long.json", JSON.stringify(file));
  await page.getByRole("button", { name: "Replace my workspace" }).click();
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  await expect(cell(page, "Metric 60", "2026-W45")).toHaveValue("2060");
  await page.getByRole("link", { name: /Previous quarter/ }).click();
  await expect(page.getByRole("columnheader", { name: "2026-W30" })).toBeVisible();
  // Without scrolling (read from the page, as Ctrl+F would), the last row
  // shows the earlier quarter within a second or so of the switch (10 s
  // here for a loaded CI machine), and still does once scrolled to.
  await expect(cell(page, "Metric 01", "2026-W30")).toHaveValue("1001");
  await expect(cell(page, "Metric 60", "2026-W30")).toHaveValue("1060", { timeout: 10_000 });
  await page.locator(".kpi-sheet .kr").last().scrollIntoViewIfNeeded();
  await expect(cell(page, "Metric 60", "2026-W30")).toHaveValue("1060");
  // 2026 has 53 ISO weeks: Q4 shows 14 week columns, Q3 13, and every row follows (target, average, weeks).
  const row = (name) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name}`) }) });
  await expect(row("Metric 01").getByRole("cell")).toHaveCount(2 + 13);
  await expect(row("Metric 01").getByRole("cell").last().getByRole("textbox")).toHaveAccessibleName("Metric 01, 2026-W39");
  // Scrolled sideways, the metric names stay in view at the sheet's left edge,
  // and the weeks that were out of sight at the switch show the new quarter.
  const wrap = page.locator(".kpi-wrap");
  await wrap.evaluate((e) => { e.scrollLeft = 900; });
  await expect(cell(page, "Metric 01", "2026-W38")).toHaveValue("3001");
  await expect(cell(page, "Metric 02", "2026-W38")).toHaveValue("3002");
  const offset = async () => (await row("Metric 01").getByRole("rowheader").boundingBox()).x - (await wrap.boundingBox()).x;
  await expect.poll(async () => Math.abs(await offset())).toBeLessThan(3);
  await wrap.evaluate((e) => { e.scrollLeft = 0; });
  await cell(page, "Metric 60", "2026-W30").scrollIntoViewIfNeeded();
  await expect(cell(page, "Metric 60", "2026-W30")).toHaveValue("1060");
  await expect(cell(page, "Metric 59", "2026-W30")).toHaveValue("1059");
  // Typed far down the sheet: stored and shown after a reload.
  await cell(page, "Metric 58", "2026-W31").fill("777");
  await cell(page, "Metric 58", "2026-W31").press("Enter");
  await expect(cell(page, "Metric 59", "2026-W31")).toBeFocused();
  await page.reload();
  await expect(cell(page, "Metric 58", "2026-W31")).toHaveValue("777");
  await expect(cell(page, "Metric 01", "2026-W30")).toHaveValue("1001");
  // Back to the 14-week quarter: the rows grow their last week again, values and names right.
  await page.getByRole("link", { name: /Next quarter/ }).click();
  await expect(cell(page, "Metric 01", "2026-W45")).toHaveValue("2001");
  await expect(row("Metric 01").getByRole("cell")).toHaveCount(2 + 14);
  await expect(row("Metric 01").getByRole("cell").last().getByRole("textbox")).toHaveAccessibleName("Metric 01, 2026-W53");
  await cell(page, "Metric 01", "2026-W53").fill("5");
  await cell(page, "Metric 01", "2026-W53").press("Enter");
  await expect(cell(page, "Metric 01", "2026-W53")).toHaveValue("5");
  // Away to another area and back, twice: the rows made again follow a
  // switch and scrolling as the first ones did, and nothing throws (the
  // idle catch-up of rows already gone once did).
  const areas = page.getByRole("navigation", { name: "Areas" });
  for (let round = 0; round < 2; round++) {
    await areas.getByRole("link", { name: "Backlog" }).click();
    await expect(page.getByRole("heading", { name: "Backlog", level: 1 })).toBeVisible();
    await areas.getByRole("link", { name: "KPIs" }).click();
    await page.getByRole("link", { name: /Previous quarter/ }).click();
    await expect(page.getByRole("columnheader", { name: "2026-W30" })).toBeVisible();
    await cell(page, "Metric 60", "2026-W30").scrollIntoViewIfNeeded();
    await expect(cell(page, "Metric 60", "2026-W30")).toHaveValue("1060");
    await page.getByRole("link", { name: /Next quarter/ }).click();
    // Read from the page without scrolling, then scrolled to.
    await expect(cell(page, "Metric 01", "2026-W45")).toHaveValue("2001");
    await expect(cell(page, "Metric 60", "2026-W45")).toHaveValue("2060", { timeout: 10_000 });
    await page.locator(".kpi-sheet .kr").last().scrollIntoViewIfNeeded();
    await expect(cell(page, "Metric 60", "2026-W45")).toHaveValue("2060");
  }
});

test("numbers as each language writes them: 25,000 typed in English is twenty-five thousand; French shows and reads decimal commas, and its CSV opens in French Excel", async ({ page }) => {
  await startEmpty(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  // English: a comma groups thousands.
  await cell(page, "Impressions", "2026-W48").fill("25,000");
  await cell(page, "Impressions", "2026-W48").press("Enter");
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("25000");
  await cell(page, "Clicks", "2026-W48").fill("500");
  await cell(page, "Clicks", "2026-W48").press("Enter");
  await expect(row(page, "CTR")).toContainText("2 %");
  await cell(page, "NPS", "2026-W48").fill("12.5");
  await cell(page, "NPS", "2026-W48").press("Enter");

  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "Settings" }).click();
  await page.getByLabel("Language").selectOption("fr");
  await page.getByRole("navigation", { name: "Espaces" }).getByRole("link", { name: "KPI" }).click();
  // French: the decimal mark is a comma, shown and read.
  await expect(cell(page, "NPS", "2026-W48")).toHaveValue("12,5");
  // …and a quarter is written the French way (the URL keeps 2026-Q4).
  await expect(page.locator("[aria-current=page]").filter({ hasText: "T4 2026" })).toBeVisible();
  await cell(page, "NPS", "2026-W47").fill("7,25");
  await cell(page, "NPS", "2026-W47").press("Enter");
  await expect(cell(page, "NPS", "2026-W47")).toHaveValue("7,25");
  await cell(page, "Clicks", "2026-W47").fill("1 250");
  await cell(page, "Clicks", "2026-W47").press("Enter");
  await expect(cell(page, "Clicks", "2026-W47")).toHaveValue("1250");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV" }).click()]);
  const csv = fs.readFileSync(await download.path(), "utf8");
  // Semicolons and decimal commas: French Excel opens it in columns.
  expect(csv.slice(1).split("\r\n")[0]).toMatch(/^metric;target;average;2026-W40;/);
  expect(csv).toMatch(/\r\nNPS;[^\r]*;7,25;12,5;/);
  // …and it reads back, changing nothing.
  const before = await page.locator(".kpi-sheet").innerText();
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Importer un CSV" }).click()]);
  await chooser.setFiles({ name: "fr.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await expect(page.getByText(/fr\.csv/)).toBeVisible();
  expect(await page.locator(".kpi-sheet").innerText()).toBe(before);
});

test("print: the KPI sheet fits A4 landscape, readable, with its status symbols and without the editing chrome", async ({ page }) => {
  await startExample(page);
  await page.getByRole("navigation", { name: "Areas" }).getByRole("link", { name: "KPIs" }).click();
  await expect(page.getByRole("columnheader", { name: "2026-W48" })).toBeVisible();
  // The page is A4 landscape: Chromium prints to that size, not to Letter portrait.
  const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
  const box = pdf.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(box, "a page size in the PDF").not.toBeNull();
  expect(Math.round(Number(box[1]))).toBe(842); // 297 mm in points
  expect(Math.round(Number(box[2]))).toBe(595); // 210 mm
  // Laid out as printed: 297 mm less the 10 mm margins is 1,047 CSS pixels.
  await page.setViewportSize({ width: 1047, height: 754 });
  await page.emulateMedia({ media: "print" });
  const sheet = page.getByRole("table", { name: /^KPI sheet/ });
  // Every week of the quarter is on the page, none cut at its right edge.
  const weeks = sheet.getByRole("columnheader", { name: /^2026-W\d\d$/ });
  expect(await weeks.count()).toBeGreaterThanOrEqual(13);
  const right = await page.evaluate(() => Math.max(...[...document.querySelectorAll(".kpi-sheet [role=row]")].map((r) => r.lastElementChild.getBoundingClientRect().right)));
  expect(right).toBeLessThanOrEqual(1047);
  // Readable: the figures at 8 pt at least (10.67 CSS px).
  const size = await sheet.getByRole("textbox").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(10.6);
  // Status is printed as a symbol, not only as a colour.
  for (const sym of ["✔", "▼"]) await expect(sheet.locator(".sym", { hasText: sym }).first()).toBeVisible();
  // No links to other quarters and no pencils on paper.
  await expect(page.getByRole("link", { name: /Previous quarter/ })).toBeHidden();
  await expect(sheet.getByRole("button", { name: /^Edit / }).first()).toBeHidden();
});
