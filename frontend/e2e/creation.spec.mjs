// Creation programmes (两个创建) end to end: 富平县 opens its 优质均衡 programme, reads the failing
// 2023 assessment (the four parts, vetoes and precondition each with its verdict), reads its county
// data with the judgements' evidence, tries a what-if that changes a school's sports area and one that
// changes the survey (nothing saved), downloads the template, imports a .csv with one bad row
// (rejected, every error listed) and generates the problem ledger; 渭南市 sees every county in the
// overview; 蒲城县 cannot open 富平县's programme.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { openBrowser, screenshot, settle, signInAs, signOut } from './support.mjs';

let browser;
let tmp;
before(async () => {
  browser = await openBrowser();
  tmp = mkdtempSync(join(tmpdir(), 'dudao-e2e-creation-'));
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * Picks an option of an antd Select found by its aria-label inside a scope. A long list renders only
 * the options in view: `search` types the option's text into a searchable Select first.
 */
async function pick(page, scope, label, option, { search = false } = {}) {
  await scope.getByLabel(label, { exact: true }).first().click();
  if (search) await page.keyboard.type(option);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
  // the next pick must not find this dropdown while it fades out
  await page.waitForFunction(
    () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
  );
}

const tab = (page, name) => page.getByRole('tab', { name }).click();

let fupingProgrammeId;

test(
  '富平县 reads its failing assessment, tries a what-if, imports and builds the ledger',
  { timeout: 300_000 },
  async () => {
    const { page } = browser;
    await signInAs(page, 'fuping');
    await page
      .locator('.ant-layout-sider .ant-menu')
      .getByText('创建总览', { exact: true })
      .click();
    await page.waitForURL('**/creation');
    const link = page.getByTestId('programme-table').getByRole('link', { name: '富平县' });
    await link.waitFor();
    fupingProgrammeId = Number((await link.getAttribute('href')).split('/').pop());
    assert.ok(fupingProgrammeId > 0);
    await link.click();
    await page.waitForURL(`**/creation/${fupingProgrammeId}`);
    await page.getByTestId('programme-title').getByText('富平县 · 义务教育优质均衡').waitFor();
    await page.getByTestId('stages').getByText('摸清底数、建立问题台账，制定创建规划').waitFor();

    // 2023: the demo year that fails on sports grounds and their CV
    const assessed = page.waitForResponse(
      (r) => r.url().includes('/assessment?year=2023') && r.request().method() === 'GET',
    );
    await pick(page, page, '年度', '2023 年');
    assert.equal((await assessed).status(), 200);
    const verdict = page.getByTestId('assessment-verdict');
    await verdict.getByText('2023 年测算结论：未达标').waitFor();
    const failing = page.locator('[data-testid="indicator-table"] tr[data-passed="false"]');
    assert.equal(await failing.count(), 1, 'one failing county indicator');
    const failingText = await failing.innerText();
    assert.match(failingText, /小学/);
    assert.match(failingText, /生均体育运动场馆面积/);
    assert.match(failingText, /0\.790/);
    await page.getByTestId('gap-table').getByText('短缺体育运动场馆 10,800 ㎡').waitFor();
    const chengguan = page.locator(
      '[data-testid="school-table"] tr[data-school="610528-S101"] [data-code="SPORTS_AREA_PER_STUDENT"]',
    );
    assert.equal(await chengguan.getAttribute('data-met'), 'false');
    // the county verdict is made of four parts, the vetoes and the precondition: all four parts fail in 2023
    const partTags = verdict.getByTestId('part-verdicts');
    for (const part of [
      'RESOURCE_ALLOCATION',
      'GOVERNMENT_SUPPORT',
      'EDUCATION_QUALITY',
      'SOCIAL_RECOGNITION',
    ])
      assert.equal(
        await partTags.locator(`[data-part="${part}"]`).getAttribute('data-verdict'),
        'FAIL',
        part,
      );
    assert.equal(
      await partTags.locator('[data-part="PRECONDITION"]').getAttribute('data-verdict'),
      'PASS',
    );
    const parts = page.getByTestId('county-parts');
    await parts.locator('tr[data-item="GOV_11"][data-status="NOT_MET"]').waitFor();
    assert.match(
      await parts.locator('tr[data-item="GOV_11"]').innerText(),
      /骨干教师占交流轮岗教师的比例 16\.15%，未达到 ≥ 20%/,
    );
    assert.match(
      await parts.locator('tr[data-item="RESOURCE_SCHOOLS"]').innerText(),
      /富平县城关小学/,
    );
    await page.getByTestId('vetoes').getByText('未发现一票否决情形').waitFor();
    await settle(page);
    await screenshot(page, 'creation-assessment.png');

    // the explain block of the failing CV
    await failing.locator('[data-action="explain"]').click();
    const explain = page.getByTestId('explain-block');
    await explain.waitFor();
    assert.match(await explain.innerText(), /CV = sqrt/);
    await page.waitForTimeout(300);
    await screenshot(page, 'creation-explain.png');
    await page.keyboard.press('Escape');
    await explain.waitFor({ state: 'detached' });

    // what-if: more sports ground for 城关小学 turns the verdict, and nothing is saved
    await tab(page, '模拟测算');
    const lines = page.getByTestId('whatif-lines');
    await pick(page, lines, '学校', '富平县城关小学', { search: true });
    await pick(page, lines, '数据项', '体育运动场馆（㎡）', { search: true });
    await lines.getByText('7,200 ㎡').waitFor();
    await lines.getByLabel('模拟值').fill('20000');
    const simulated = page.waitForResponse((r) => r.url().endsWith('/assessment/simulate'));
    await page.locator('[data-action="simulate"]').click();
    const sim = await simulated;
    assert.equal(sim.status(), 200);
    const simBody = await sim.json();
    assert.equal(simBody.simulated, true);
    // the sports-ground CV comes within its limit, but the other parts still fail the county
    const simSportsCv = simBody.indicators.find(
      (i) => i.stage === 'PRIMARY' && i.code === 'SPORTS_AREA_PER_STUDENT',
    );
    assert.equal(simSportsCv.passed, true);
    assert.equal(simBody.verdict, 'FAIL');
    assert.equal(simBody.parts.find((p) => p.code === 'GOVERNMENT_SUPPORT').verdict, 'FAIL');
    // (the request body is a stream the browser does not expose: check what the server applied)
    const simChengguan = simBody.schools.find(
      (s) => s.schoolCode === '610528-S101' && s.stage === 'PRIMARY',
    );
    assert.equal(simChengguan.values.SPORTS_AREA_PER_STUDENT, 8.33, '20000 ㎡ ÷ 2400 students');
    assert.equal(simBody.baseline.verdict, 'FAIL');
    await page.getByTestId('whatif-not-saved').getByText('模拟结果：未保存任何数据').waitFor();
    await page.getByTestId('whatif-before').locator('[data-verdict="FAIL"]').first().waitFor();
    await page.getByTestId('whatif-after').locator('[data-verdict="FAIL"]').first().waitFor();
    await settle(page);
    await screenshot(page, 'creation-whatif.png');

    // a county what-if: a better survey turns 社会认可度 to PASS
    const countyWhatIf = page.getByTestId('whatif-county');
    await pick(page, countyWhatIf, '县级数据项', '其中表示认可的问卷数', { search: true });
    await countyWhatIf.getByLabel('县级数据项 模拟值').fill('1068');
    const surveyed = page.waitForResponse((r) => r.url().endsWith('/assessment/simulate'));
    await page.locator('[data-action="simulate"]').click();
    const surveyBody = await (await surveyed).json();
    assert.equal(surveyBody.parts.find((p) => p.code === 'SOCIAL_RECOGNITION').verdict, 'PASS');
    await page.getByTestId('whatif-parts').getByText('社会认可度').waitFor();

    // the county data: the numbers with the items they feed, the judgements with their evidence
    await tab(page, '县级数据');
    const countyForm = page.getByTestId('county-form');
    await countyForm.locator('[data-input="rotatedBackboneTeachers"]').waitFor();
    assert.equal(
      await countyForm.locator('[data-input="rotatedBackboneTeachers"]').inputValue(),
      '21',
    );
    await countyForm.getByText('富平县义务教育学校布局规划（2021—2025年）.txt').waitFor();
    await settle(page);
    await screenshot(page, 'creation-county.png');

    // a reload shows the saved data as it was
    await page.reload();
    await tab(page, '学校数据');
    const sports = page.locator('[data-testid="school-grid"] [data-cell="0.sportsAreaM2"]');
    await sports.waitFor();
    assert.equal(await sports.inputValue(), '7200');
    await tab(page, '达标测算');
    await page.getByTestId('assessment-verdict').getByText('2023 年测算结论：未达标').waitFor();

    // the template, as CSV with the year's rows
    await tab(page, '学校数据');
    await page.locator('[data-action="template"]').hover();
    const downloading = page.waitForEvent('download');
    await page.locator('.ant-dropdown-menu-item', { hasText: 'CSV 模板（.csv）' }).click();
    const download = await downloading;
    assert.match(download.suggestedFilename(), /^义务教育优质均衡学校填报-2023\.csv$/);
    const templatePath = join(tmp, 'template.csv');
    await download.saveAs(templatePath);
    const template = readFileSync(templatePath, 'utf8').replace(/^\uFEFF/, '');
    const lines2 = template.split(/\r?\n/).filter((l) => l.trim() !== '');
    assert.match(lines2[0], /^学校代码,学校名称,学段/);
    assert.ok(
      lines2.some((l) => l.includes('富平县城关小学')),
      'the template carries the rows',
    );

    // a small import with one bad row: every error listed, nothing imported
    const header = lines2[0].split(',');
    const sportsCol = header.findIndex((h) => h.startsWith('体育运动场馆面积'));
    assert.ok(sportsCol > 0);
    const rows = lines2.slice(1, 4).map((l) => l.split(','));
    rows[1][sportsCol] = '-300';
    const csvPath = join(tmp, '富平县2023-一行有误.csv');
    writeFileSync(
      csvPath,
      '\uFEFF' + [lines2[0], ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n',
    );
    const imported = page.waitForResponse((r) => r.url().endsWith('/schools/2023/import'));
    await page.locator('input[type="file"]').setInputFiles(csvPath);
    const importResponse = await imported;
    assert.equal(importResponse.status(), 400);
    const errorsList = page.getByTestId('import-errors');
    await errorsList.waitFor();
    const errorsText = await errorsList.innerText();
    assert.match(errorsText, /未导入任何数据/);
    assert.match(errorsText, /体育运动场馆面积不能为负数（第 3 行 [A-Z]+ 列）/);
    assert.equal(await sports.inputValue(), '7200', 'the grid still shows the saved data');
    await settle(page);
    await screenshot(page, 'creation-import-errors.png');

    // the ledger: idempotent generation with tasks, each entry linked to its task
    await tab(page, '问题台账');
    await page.getByTestId('ledger-table').getByText('短缺体育运动场馆 10,800 ㎡').waitFor();
    await page.locator('[data-action="generate-ledger"]').click();
    const synced = page.waitForResponse(
      (r) => r.url().includes('/ledger?') && r.request().method() === 'POST',
    );
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    const syncResponse = await synced;
    assert.equal(syncResponse.status(), 200);
    const sync = await syncResponse.json();
    assert.equal(sync.year, 2023);
    assert.equal(sync.opened, 0, 'a rerun opens nothing new');
    assert.ok(sync.entries.length >= 5);
    assert.match(syncResponse.url(), /createTasks=true/);
    const result = page.getByTestId('ledger-result');
    await result.waitFor();
    assert.match(await result.innerText(), /新增 0 条/);
    const taskLink = page.locator('[data-testid^="ledger-task-"]').first();
    await taskLink.waitFor();
    await settle(page);
    await screenshot(page, 'creation-ledger.png');
    const taskHref = await taskLink.getAttribute('href');
    await taskLink.click();
    await page.waitForURL(`**${taskHref}`);
    await page.getByText('基本信息', { exact: true }).waitFor();
    await signOut(page);
  },
);

test('渭南市 sees every county of the city in the overview', { timeout: 120_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'weinan');
  await page.goto('/creation');
  const table = page.getByTestId('programme-table');
  for (const county of ['富平县', '华州区', '华阴市', '高新区'])
    await table.getByRole('link', { name: county }).waitFor();
  const fupingRow = table.locator('tr', { has: page.getByRole('link', { name: '富平县' }) });
  assert.match(await fupingRow.innerText(), /义务教育优质均衡/);
  const huazhouRow = table.locator('tr', { has: page.getByRole('link', { name: '华州区' }) });
  assert.match(await huazhouRow.innerText(), /未达标/);
  assert.match(await huazhouRow.innerText(), /2\/9 所/);
  // the chart draws one bar per filed county (SVG renderer)
  const chart = page.getByTestId('county-chart');
  await chart.locator('svg').first().waitFor();
  await chart.locator('svg text', { hasText: '华州区' }).first().waitFor();
  await settle(page);
  await screenshot(page, 'creation-overview.png');
  await signOut(page);
});

test('蒲城县 cannot open 富平县’s programme', { timeout: 90_000 }, async () => {
  const { page } = browser;
  assert.ok(fupingProgrammeId, 'the first test found the programme');
  await signInAs(page, 'pucheng');
  await page.goto('/creation');
  await page.getByTestId('programme-table').waitFor();
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  assert.equal(await page.getByRole('link', { name: '富平县' }).count(), 0);
  await page.goto(`/creation/${fupingProgrammeId}`);
  await page.getByText('404', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('programme-title').count(), 0);
  await settle(page);
  await screenshot(page, 'creation-not-found.png');
});
