// The weekly KPI sheet as a marketing lead fills it in: type a week by
// keyboard, paste a block from a spreadsheet, watch derived rows follow,
// export CSV and import it back identical, be refused a bad CSV.
import { test, expect } from "@playwright/test";
import fs from "node:fs";
import { startEmpty, startExample } from "./helpers.mjs";

const cell = (page, metric, week) => page.getByRole("textbox", { name: `${metric}, ${week}`, exact: true });
const exact = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const row = (page, metric) => page.getByRole("row").filter({ has: page.locator("th .name").filter({ hasText: exact(metric) }) });

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
  // Escape puts the value back; text is refused with a message and not stored.
  await page.keyboard.type("9");
  await page.keyboard.press("Escape");
  await expect(cell(page, "Impressions", "2026-W48")).toHaveValue("2000");
  await cell(page, "Clicks", "2026-W47").fill("lots");
  await cell(page, "Clicks", "2026-W47").press("Enter");
  await expect(page.getByRole("alert")).toContainText("“lots” is not a number");

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
  expect(csv.split("\r\n")[0]).toBe("metric,target,average," + Array.from({ length: 14 }, (_, i) => `2026-W${40 + i}`).join(","));
  expect(csv).toContain("\r\nLeads,");
  const before = await page.locator("table.kpi-sheet").innerText();

  const importCsv = async (name, text) => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "Import CSV" }).click()]);
    await chooser.setFiles({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
  };
  // Change a value in the file the way a spreadsheet would, import, see it; then the original back.
  const edited = csv.replace(/\r\nLeads,([^,]*),([^,]*),([^,]*),/, "\r\nLeads,$1,$2,999,");
  await importCsv("edited.csv", edited);
  await expect(page.getByText(/Imported edited\.csv: \d+ metrics updated\./)).toBeVisible();
  await expect(cell(page, "Leads", "2026-W40")).toHaveValue("999");
  await importCsv("original.csv", csv);
  await expect(cell(page, "Leads", "2026-W40")).not.toHaveValue("999");
  expect(await page.locator("table.kpi-sheet").innerText()).toBe(before);

  // Ragged line, text in a number cell, unknown metric: each named, nothing changed.
  const lines = csv.split("\r\n");
  const bad = [lines[0], lines[1].split(",").slice(0, 5).join(","), lines[2].replace(/,([^,]*)$/, ",abc"), "Followers" + ",".repeat(16)].join("\r\n");
  await importCsv("bad.csv", bad);
  const alert = page.getByRole("alert").filter({ hasText: "The CSV file was not imported" });
  await expect(alert).toContainText("Line 2: 5 cells where the header has 17");
  await expect(alert).toContainText("Line 3: “abc” in column 2026-W53 is not a number");
  await expect(alert).toContainText("Line 4: no metric is called “Followers”");
  expect(await page.locator("table.kpi-sheet").innerText()).toBe(before);
});
