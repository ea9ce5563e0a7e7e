// The charts on the projector's slides (the prioritisation matrix, the
// sprint burndown) as the back of the room sees them: every text in them at
// least 18 px on screen at 1280×720 and at 1920×1080, none over another, none
// cut by the chart's edge; the chart's accessible names unchanged.
import { expect } from "@playwright/test";
import { test, presentExample } from "./helpers.mjs";

/**
 * Every shown text of the slide's chart: its type size on screen (font size
 * × the SVG's scale, rotation left out), its box on screen, whether it is
 * rotated, its class and its words; and the SVG's box.
 */
function chartTexts(page) {
  return page.evaluate(() => {
    const svg = document.querySelector(".present-slide svg[viewBox]");
    const texts = [...svg.querySelectorAll("text")].filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).display !== "none");
    return {
      svg: svg.getBoundingClientRect().toJSON(),
      texts: texts.map((t) => {
        const m = t.getScreenCTM();
        const b = t.getBoundingClientRect();
        return {
          text: t.textContent, cls: t.getAttribute("class"),
          px: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b),
          rotated: Math.abs(m.b) > 1e-6,
          box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom, height: b.height },
        };
      }),
    };
  });
}

const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** ≥ 18 px, inside the chart, none over another; returns the texts. */
async function readable(page, slide) {
  const { svg, texts } = await chartTexts(page);
  expect(texts.length, `${slide}: texts`).toBeGreaterThan(5);
  for (const t of texts) {
    expect(t.px, `${slide}: type size of “${t.text}”`).toBeGreaterThanOrEqual(18);
    if (!t.rotated) expect(t.box.height, `${slide}: height on screen of “${t.text}”`).toBeGreaterThanOrEqual(18);
    expect(t.box.left >= svg.left - 0.5 && t.box.right <= svg.right + 0.5 && t.box.top >= svg.top - 0.5 && t.box.bottom <= svg.bottom + 0.5,
      `${slide}: “${t.text}” inside the chart`).toBe(true);
  }
  const over = [];
  texts.forEach((a, i) => texts.slice(i + 1).forEach((b) => overlap(a.box, b.box) && over.push(`“${a.text}” / “${b.text}”`)));
  expect(over, `${slide}: texts over each other`).toEqual([]);
  return texts;
}

test("presentation mode: the matrix's and the burndown's text is at least 18 px on screen, none over another, at 1280×720 and 1920×1080", async ({ page }) => {
  const { show, title } = await presentExample(page);
  for (const [width, height] of [[1280, 720], [1920, 1080]]) {
    await page.setViewportSize({ width, height });
    await page.keyboard.press("Home");
    await expect(title).toHaveText("KPIs — behind target first");

    await page.keyboard.press("ArrowRight");
    await expect(title).toHaveText("Prioritisation: value vs effort");
    const matrix = show.getByRole("group", { name: /^Prioritisation matrix/ });
    const bubbles = matrix.getByRole("button");
    await expect(bubbles.first()).toBeVisible();
    await expect(show.getByRole("button", { name: /Winter blend launch/ })).toBeVisible();
    const m = await readable(page, `matrix ${width}×${height}`);
    // Every bubble keeps its name on the chart.
    expect(m.filter((t) => t.cls === "point-label").length).toBe(await bubbles.count());

    await page.keyboard.press("ArrowRight");
    await expect(title).toHaveText("Sprint board and burndown");
    const chart = show.getByRole("img", { name: /^Burndown: .* h left today/ });
    await expect(chart).toBeVisible();
    const b = await readable(page, `burndown ${width}×${height}`);
    const days = b.filter((t) => /\btick x\b/.test(t.cls));
    // The start and the last working day are labelled, in order, none over the next.
    expect(days.length).toBeGreaterThanOrEqual(2);
    expect(days[0].text).toBe("Start");
    expect(days.at(-1).text).toBe("27/11");
    for (let i = 1; i < days.length; i++) expect(days[i].box.left, `“${days[i].text}” after “${days[i - 1].text}”`).toBeGreaterThan(days[i - 1].box.right);
  }
});
