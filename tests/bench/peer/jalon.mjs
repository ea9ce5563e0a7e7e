// Adapter for Jalon's sprint board in ../shared/peer-bench (copied into its
// adapters/ folder by .ci/peer-bench). Jalon serves the release build on :8083
// under /jalon/ (a sub-path, as a static host would). The peer board's four
// columns map to Jalon's board with its backlog column shown: Backlog (items
// in no sprint), then To do / Doing / Done of a planned sprint (a started
// sprint would ask for a reason on every move into it, which is the point of
// the scope lock but not what this benchmark measures).
const SPRINT = 'sp-bench';
const STATUS = [null, 'todo', 'doing', 'done'];
const toWorkspace = (board) => ({
  format: 'jalon',
  version: 2,
  exported_at: '2026-11-23T09:00:00Z',
  workspace: {
    name: 'Bench board',
    settings: { sprint_weeks: 2, currency: 'EUR' },
    sprints: [{ id: SPRINT, name: 'Sprint 1', start: '2026-11-23', end: '2026-12-04', state: 'planned' }],
    backlog: board.columns.flatMap((c, ci) => c.cards.map((k) => ({
      id: `it-${k.id}`, title: k.title, kind: 'feature',
      ...(ci === 0 ? {} : { sprint: SPRINT, status: STATUS[ci] }),
    }))),
  },
});
export default {
  name: 'jalon',
  url: 'http://127.0.0.1:8083/jalon/#/sprint?view=board&backlog=1',
  colSel: '.board .column',
  cardSel: '.board .bcard',
  seed: (board) => [
    { name: 'jalon.workspace', value: JSON.stringify(toWorkspace(board)) },
    { name: 'jalon.lang', value: 'en' },
  ],
  toImport: (board) => JSON.stringify(toWorkspace(board)),
  async addCard(page, text) {
    const input = page.getByLabel('Title of the new item');
    await input.fill(text);
    await input.press('Enter');
  },
  async firstCardText(page, ci) {
    return page.locator('.board .column').nth(ci).locator('.bcard-title').first().textContent();
  },
  async moveCard(page, from, to) {
    // Back to the top of the page and of each column. Only the scrollers:
    // reading scrollTop of all 27,000 elements forced a layout of each card
    // that content-visibility skips (~20 s of main-thread time per move,
    // counted in the operation's task time though not in its latency).
    await page.evaluate(() => { window.scrollTo(0, 0); document.querySelectorAll('.board .cards').forEach((e) => { e.scrollTop = 0; }); });
    const src = await page.locator('.board .column').nth(from).locator('.bcard').first().boundingBox();
    const dst = await page.locator('.board .column').nth(to).locator('h2').boundingBox();
    await page.mouse.move(src.x + src.width / 2, src.y + src.height / 2);
    await page.mouse.down();
    await page.mouse.move(dst.x + dst.width / 2, dst.y + dst.height / 2, { steps: 5 });
    await page.mouse.up();
  },
  async importFile(page, file) {
    await page.setInputFiles('input[type=file]', file);
    await page.getByRole('button', { name: 'Replace my workspace' }).click();
  },
};
