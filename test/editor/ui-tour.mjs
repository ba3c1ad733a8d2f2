/* global document, getComputedStyle -- evaluated in the page */
// The drafter's tour of the real editor UI (issue 16), after the Problems check, in the same
// page: status bar against the Problems badge, breadcrumbs and outline, hover on an undefined
// term, the quick-fix menu and 加入术语表… with a typed definition, and the 数据一览 table.
// Each step leaves a screenshot in test/.output/editor/ (a test artefact). Chinese UI only
// (zh-cn): it reads the extension's Chinese texts.
import * as fs from 'node:fs';
import * as path from 'node:path';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until it returns a truthy value (bounded). */
async function until(what, fn, timeoutMs = 30_000, everyMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ''}`,
      );
    await sleep(everyMs);
  }
}

/** 1-based line and column of the first occurrence of `needle` in a file. */
function positionOf(file, needle) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i].indexOf(needle);
    if (c >= 0) return { line: i + 1, column: c + 1 };
  }
  throw new Error(`${needle} not found in ${file}`);
}

async function goTo(page, { line, column }) {
  // Quick open with `:` goes to a line (Ctrl+G is the browser's in code-server).
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden', timeout: 10_000 });
}

async function runCommand(page, title) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 20_000 });
  await page.keyboard.press('Enter');
}

export async function drafterTour(page, { out, workspace, log, openWithQuickOpen }) {
  const shot = async (name) => {
    const file = path.join(out, name);
    await page.screenshot({ path: file });
    log(`tour: screenshot ${path.relative(path.join(out, '..', '..', '..'), file)}`);
  };

  // 1. The report is in the 政府工作报告 mode; the status bar agrees with the Problems badge.
  log('tour: language mode and status bar');
  await until('the language indicator to say 政府工作报告', async () =>
    (await page.locator('.statusbar-item').allInnerTexts()).some((t) => t.trim() === '政府工作报告'),
  );
  const status = await until('the status bar item', async () =>
    (await page.locator('.statusbar-item').allInnerTexts()).map((t) => t.trim()).find((t) => /^报告：/.test(t)),
  );
  const badge = await until('the Problems badge', async () => {
    const texts = await page.locator('.part.panel .badge-content').allInnerTexts();
    return texts.map((t) => t.trim()).find((t) => /^\d+$/.test(t));
  });
  const m = /^报告：(\d+) 个问题$/.exec(status);
  if (!m) throw new Error(`status bar says "${status}", expected 报告：N 个问题`);
  if (m[1] !== badge) throw new Error(`status bar counts ${m[1]} problems, the Problems panel ${badge}`);
  log(`tour: status bar "${status}", Problems badge ${badge}`);

  // 2. Breadcrumbs on an 一是 of the review part: part › introducing paragraph › item.
  log('tour: breadcrumbs and outline');
  const seedFile = path.join(workspace, 'yanhu-2022.md');
  await page.locator('.monaco-editor .view-lines').first().click();
  await goTo(page, positionOf(seedFile, '一是综合实力稳步增强'));
  const crumbs = await until('breadcrumbs with the report structure', async () => {
    const t = (await page.locator('.breadcrumbs-control').first().innerText()).replace(/\s+/g, ' ');
    return t.includes('一、2021年工作回顾') && t.includes('一是综合实力稳步增强') ? t : undefined;
  });
  if (!crumbs.includes('刚刚过去的2021年')) throw new Error(`breadcrumbs lack the introducing paragraph: ${crumbs}`);
  // Open the Outline section of the Explorer.
  const outlineHeader = page.locator('.pane-header', { hasText: /^\s*outline\s*$/i }).first();
  await outlineHeader.waitFor({ timeout: 20_000 });
  if ((await outlineHeader.getAttribute('aria-expanded')) !== 'true') await outlineHeader.click();
  // Fold the file list so that the outline has the side bar's height.
  const filesHeader = page.locator('.pane-header', { hasText: /^\s*workspace\s*$/i }).first();
  if ((await filesHeader.getAttribute('aria-expanded').catch(() => null)) === 'true') await filesHeader.click();
  await until('the outline to list part › paragraph › item', async () => {
    const rows = await page.locator('.pane-body .monaco-list-row').allInnerTexts();
    const a = rows.findIndex((t) => t.includes('一、2021年工作回顾'));
    const b = rows.findIndex((t) => t.includes('刚刚过去的2021年'));
    const c = rows.findIndex((t) => t.includes('一是综合实力稳步增强'));
    return a >= 0 && a < b && b < c;
  });
  await shot('screenshot-outline.png');
  await page.locator('.monaco-editor .view-lines').first().click();

  // 3. Hover on the undefined “1311”: the problem once, what to do with links, no setting id.
  log('tour: hover on “1311”');
  const at1311 = positionOf(seedFile, '1311');
  await goTo(page, { line: at1311.line, column: at1311.column + 1 });
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:visible').first();
  await until('the hover', async () => (await hover.innerText()).includes('加入术语表'));
  const hoverText = await hover.innerText();
  if (hoverText.includes('govReport.')) throw new Error(`hover names a setting id: ${hoverText}`);
  const said = hoverText.split('是简称，但本文').length - 1;
  if (said !== 1) throw new Error(`hover states the problem ${said} times: ${hoverText}`);
  await shot('screenshot-hover.png');
  await page.keyboard.press('Escape');

  // 4. Quick fixes on “1311”, then 加入术语表… with a typed definition.
  log('tour: quick fixes and 加入术语表…');
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  await until('the quick-fix menu', async () =>
    (await menu.innerText()).includes('在此处关闭此检查（terms/undefined）'),
  );
  const menuText = await menu.innerText();
  if (!menuText.includes('加入术语表…（“1311”）')) throw new Error(`no 加入术语表… in the menu: ${menuText}`);
  if (!menuText.includes('（待补充释义）'))
    throw new Error(`the placeholder fix does not say （待补充释义）: ${menuText}`);
  await shot('screenshot-quickfix.png');
  // Choose it with the keyboard, as a drafter would after Ctrl+.
  for (let i = 0; i < 6; i++) {
    const focused = await menu
      .locator('.monaco-list-row.focused')
      .first()
      .innerText()
      .catch(() => '');
    if (focused.includes('加入术语表…')) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill('测试释义：一个中心、三个基地、一个目标、一个体系。');
  await shot('screenshot-glossary-input.png');
  await page.keyboard.press('Enter');
  const glossary = path.join(workspace, '术语表.json');
  await until(
    '术语表.json with 1311',
    () => fs.existsSync(glossary) && JSON.parse(fs.readFileSync(glossary, 'utf8')).some((e) => e.term === '1311'),
  );
  await until('the workspace settings to name 术语表.json', () => {
    const f = path.join(workspace, '.vscode', 'settings.json');
    return fs.existsSync(f) && fs.readFileSync(f, 'utf8').includes('术语表.json');
  });
  // The finding now says the glossary has a definition (the quick fix can insert it).
  await page.keyboard.press('Control+Shift+M');
  await until(
    'the Problems panel to know 1311 from the glossary',
    async () => (await page.locator('.markers-panel .monaco-list-row', { hasText: '“1311”是本地提法' }).count()) > 0,
    60_000,
  );
  log('tour: 1311 added to 术语表.json; the finding now offers the glossary definition');

  // 5. 数据一览 on the 2023 report: wide, readable headers, checkable rows by default.
  log('tour: 数据一览');
  await openWithQuickOpen(page, '2023-report.md');
  await page
    .locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error')
    .first()
    .waitFor({ state: 'attached', timeout: 90_000 });
  await runCommand(page, '数据一览');
  const frame = await until(
    'the 数据一览 webview',
    async () => {
      for (const f of page.frames()) {
        if (
          (await f
            .locator('table thead th')
            .count()
            .catch(() => 0)) > 0
        )
          return f;
      }
      return undefined;
    },
    60_000,
  );
  const layout = await frame.evaluate(() => {
    const ths = [...document.querySelectorAll('thead th')];
    const lineHeight = parseFloat(getComputedStyle(ths[0]).lineHeight) || 20;
    const rows = [...document.querySelectorAll('tbody tr')];
    return {
      width: document.documentElement.clientWidth,
      headers: ths.map((t) => t.innerText),
      tallestHeader: Math.max(...ths.map((t) => t.getBoundingClientRect().height)),
      lineHeight,
      visible: rows.filter((r) => r.getBoundingClientRect().height > 0).length,
      total: rows.length,
      missed: [...document.querySelectorAll('td.target-missed')].length,
      computedTitle: document.querySelector('td[title]')?.getAttribute('title') ?? '',
    };
  });
  log(
    `tour: 数据一览 ${layout.width}px wide, headers ${layout.headers.join('|')}, ${layout.visible}/${layout.total} rows shown`,
  );
  if (layout.width < 1000) throw new Error(`数据一览 is ${layout.width}px wide`);
  if (layout.tallestHeader > 2.2 * layout.lineHeight)
    throw new Error(`a header breaks over lines (${layout.tallestHeader}px, line ${layout.lineHeight}px)`);
  if (layout.headers[0] !== '行' || !layout.headers.includes('目标完成情况'))
    throw new Error(`headers: ${layout.headers.join('|')}`);
  if (!(layout.visible > 0 && layout.visible < layout.total))
    throw new Error(`by default ${layout.visible} of ${layout.total} rows are shown`);
  if (layout.missed < 1) throw new Error('no 未完成 target in the table');
  if (!layout.computedTitle.includes('四舍五入')) throw new Error(`computed growth tooltip: ${layout.computedTitle}`);
  await shot('screenshot-figures.png');
  await frame.locator('#show-all').check();
  const all = await frame.evaluate(
    () => [...document.querySelectorAll('tbody tr')].filter((r) => r.getBoundingClientRect().height > 0).length,
  );
  if (all !== layout.total) throw new Error(`show all shows ${all} of ${layout.total} rows`);
  log('tour: done');
}
