// Plans and tasks end to end: 渭南市 imports the seed notice, publishes it and assigns a batch
// task; 富平县 reports progress with an attachment and submits; 渭南市 accepts; 蒲城县 never sees it.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  isoDate,
  openBrowser,
  openSelect,
  screenshot,
  settle,
  signInAs,
  signOut,
} from './support.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seedText = readFileSync(
  resolve(here, '../../backend/src/main/resources/demo/weinan-2023-work-plan.txt'),
  'utf8',
);
const stamp = `${Date.now() % 1_000_000}`;
const planTitle = `渭南市2023年教育督导工作要点（e2e ${stamp}）`;
const taskTitle = `两个创建推进督导 e2e ${stamp}`;

let browser;
let tmp;
before(async () => {
  browser = await openBrowser();
  tmp = mkdtempSync(join(tmpdir(), 'dudao-e2e-files-'));
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

let fupingTaskId;

test(
  'a city office imports its work plan, publishes it and assigns a batch task',
  { timeout: 240_000 },
  async () => {
    const { page } = browser;
    await signInAs(page, 'weinan');
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('工作要点', { exact: true }).click();
    await page.waitForURL('**/plans');
    await page.getByRole('button', { name: /导入公文/ }).click();
    await page.waitForURL('**/plans/import');

    await page.getByPlaceholder('将公文全文粘贴到这里……').fill(seedText);
    const imported = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/plans/import') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: /识别并生成草稿/ }).click();
    const response = await imported;
    assert.equal(response.status(), 201);
    assert.match(response.request().headers()['content-type'] ?? '', /^text\/plain/);
    const result = await response.json();

    // the preview: source left with the garbled date highlighted, parsed plan right
    const source = page.getByTestId('source-lines');
    await source.waitFor();
    const parsed = page.getByTestId('parsed-plan');
    assert.equal(await parsed.getByTestId('plan-item-1').count(), 7, 'seven numbered items');
    assert.match(await parsed.innerText(), /渭政教督办〔2023〕1号/);
    const warned = source.locator('.source-line.warned');
    assert.ok((await warned.count()) >= 1, 'at least one source line is highlighted');
    const warnedText = await warned.allInnerTexts();
    assert.ok(
      warnedText.some((t) => t.includes('公月')),
      `the 公月 line is highlighted (got ${warnedText.join(' | ')})`,
    );
    const gongYue = result.sourceLines.findIndex((l) => l.includes('公月')) + 1;
    assert.equal(
      await source.locator(`[data-line="${gongYue}"]`).getAttribute('data-warned'),
      'true',
    );
    const warnings = await page.getByTestId('import-warnings').innerText();
    assert.match(warnings, new RegExp(`第 ${gongYue} 行`));
    await settle(page);
    await screenshot(page, 'plans-import.png');

    // edit the draft: a unique title, so it cannot be mistaken for the demo plan
    await page.getByRole('button', { name: /编辑草稿/ }).click();
    await page.waitForURL(/\/plans\/\d+\/edit$/);
    const title = page.getByLabel('标题', { exact: true });
    await title.waitFor();
    await title.fill(planTitle);
    assert.equal(await page.getByTestId('plan-edit-item').count(), 7);
    const saved = page.waitForResponse(
      (r) => /\/api\/v1\/plans\/\d+$/.test(r.url()) && r.request().method() === 'PUT',
    );
    await page.getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await saved).status(), 200);
    await page.waitForURL(/\/plans\/\d+$/);
    await page.getByTestId('plan-title').getByText(planTitle).waitFor();
    assert.equal(await page.getByTestId('plan-item-1').count(), 7);

    // publish
    await page.getByRole('button', { name: /发\s*布/ }).click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.locator('.ant-tag[data-status="PUBLISHED"]').waitFor();

    // a batch task for the 两个创建 item to 富平县 and 华州区
    await page.getByRole('button', { name: /下达任务/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('多个单位（批量下达）').click();
    await dialog.getByLabel('任务名称').fill(taskTitle);
    // the tree is long (every county with its zones): search for each county
    let popup = await openSelect(page, dialog, '承办单位（可多选）');
    for (const county of ['富平县', '华州区']) {
      await page.keyboard.type(county);
      await popup.locator('.ant-select-tree-title', { hasText: new RegExp(`^${county}$`) }).click();
    }
    await dialog.getByLabel('任务名称').click(); // close the tree
    popup = await openSelect(page, dialog, '重点工作条目');
    await popup.locator('.ant-select-item-option', { hasText: '两个创建' }).first().click();
    popup = await openSelect(page, dialog, '类别');
    await popup.locator('.ant-select-item-option', { hasText: '创建督导' }).click();
    const due = new Date(Date.now() + 30 * 86_400_000);
    const dueInput = dialog.locator('.ant-form-item', { hasText: '截止日期' }).locator('input');
    await dueInput.click();
    await dueInput.fill(isoDate(due));
    await dueInput.press('Enter');
    // one milestone on the way
    await dialog.getByRole('button', { name: /添加时间节点/ }).click();
    await dialog.getByPlaceholder('节点名称').fill('摸清底数、建立问题台账');
    const milestoneDate = dialog.getByPlaceholder('计划日期');
    await milestoneDate.click();
    await milestoneDate.fill(isoDate(new Date(Date.now() + 10 * 86_400_000)));
    await milestoneDate.press('Enter');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/tasks/batch') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const batch = await created;
    assert.equal(batch.status(), 201);
    const body = await batch.json();
    assert.deepEqual(
      body.children.map((c) => c.assigneeOrgName).sort(),
      ['华州区', '富平县'].sort(),
    );
    assert.equal(body.parent.dueDate, isoDate(due));
    assert.ok(body.parent.planItemId, 'linked to the plan item');
    assert.deepEqual(
      body.children[0].milestones.map((m) => m.title),
      ['摸清底数、建立问题台账'],
    );
    fupingTaskId = body.children.find((c) => c.assigneeOrgName === '富平县').id;

    // lands on the parent task with both subtasks listed
    await page.waitForURL(`**/tasks/${body.parent.id}`);
    const subtasks = page.locator('.ant-card', { hasText: '子任务' });
    await subtasks.getByText('富平县').waitFor();
    await subtasks.getByText('华州区').waitFor();
    await signOut(page);
  },
);

test(
  'the county reports progress with an attachment and submits',
  { timeout: 180_000 },
  async () => {
    assert.ok(fupingTaskId, 'the batch task exists');
    const { page } = browser;
    await signInAs(page, 'fuping');
    await page
      .locator('.ant-layout-sider .ant-menu')
      .getByText('我的任务', { exact: true })
      .click();
    await page.waitForURL('**/my-tasks');
    await page.getByTestId('task-table').getByRole('link', { name: taskTitle }).click();
    await page.waitForURL(`**/tasks/${fupingTaskId}`);

    const form = page.getByTestId('progress-form');
    const file = join(tmp, '富平县两个创建推进情况.txt');
    writeFileSync(file, '富平县：已摸清底数，建立问题台账，形成创建时间表和路线图。\n');
    const uploaded = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST',
    );
    await form.locator('input[type=file]').setInputFiles(file);
    assert.equal((await uploaded).status(), 201);
    await form.locator('.ant-upload-list-item-done').waitFor();

    await form.getByLabel('完成进度').fill('50');
    await form.getByLabel('进展说明').fill('已摸清底数，问题台账已建立，创建路线图正在绘制。');
    const reported = page.waitForResponse(
      (r) =>
        r.url().endsWith(`/api/v1/tasks/${fupingTaskId}/progress`) &&
        r.request().method() === 'POST',
    );
    await form.getByRole('button', { name: /提交进展/ }).click();
    const progress = await reported;
    assert.equal(progress.status(), 201);
    const entry = await progress.json();
    assert.equal(entry.percent, 50);
    assert.equal(entry.attachments.length, 1);

    const history = page.locator('.ant-card', { hasText: '进展记录' });
    await history.getByText('富平县两个创建推进情况.txt').waitFor();
    await page.getByText('进行中', { exact: true }).first().waitFor();

    // the attachment downloads with the token and its own name
    const download = page.waitForEvent('download');
    await history.getByText('富平县两个创建推进情况.txt').click();
    assert.equal((await download).suggestedFilename(), '富平县两个创建推进情况.txt');

    await settle(page);
    await screenshot(page, 'task-detail.png');

    await page.getByRole('button', { name: /提交验收/ }).click();
    await page.getByText('待验收', { exact: true }).first().waitFor();
    assert.equal(await page.getByRole('button', { name: /提交验收/ }).count(), 0);
    await signOut(page);
  },
);

// Same browser, next user: the task page must show weinan's buttons, not a cached answer given to
// fuping (ETags carry a hash of each caller's representation, see ConditionalGet).
test('the city accepts the task, and its plan has a timeline', { timeout: 180_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'weinan');
  await page.goto(`/tasks/${fupingTaskId}`);
  await page.getByTestId('task-title').getByText(taskTitle).waitFor();
  await page.getByRole('button', { name: /验收通过/ }).click();
  await page.getByText('已完成', { exact: true }).first().waitFor();
  assert.equal(await page.getByRole('button', { name: /验收通过/ }).count(), 0);

  // this year's demo plan (the demo's open tasks, lights and milestones; 2023's work is all done) on a timeline
  await page.goto('/plans');
  await page
    .locator('.ant-table-row', { hasText: '年工作要点（演示）' })
    .filter({ hasNotText: stamp })
    .first()
    .getByRole('link')
    .click();
  await page.getByRole('tab', { name: '时间轴' }).click();
  const timeline = page.getByTestId('plan-timeline');
  await timeline.waitFor();
  assert.ok((await timeline.getByTestId('gantt-row').count()) >= 5, 'the demo tasks are on it');
  assert.ok((await timeline.locator('.gantt-bar[data-light="RED"]').count()) >= 1, 'a red bar');
  assert.ok((await timeline.getByTestId('gantt-milestone').count()) >= 1, 'milestones');
  await settle(page);
  await screenshot(page, 'plan-timeline.png');

  // and 蒲城县 finds its forwarding to the zones on the board of its own copy of the 2023 plan
  await signOut(page);
  await signInAs(page, 'pucheng');
  await page.goto('/plans');
  await page
    .locator('.ant-table-row', { hasText: '〔2023〕' })
    .filter({ hasText: '蒲城县' })
    .first()
    .getByRole('link')
    .click();
  await page.getByRole('tab', { name: '转发与签收' }).click();
  await page.getByText('蒲政教督办函〔2023〕3号').first().waitFor();
  await signOut(page);
});

test('another county does not see the task', { timeout: 120_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'pucheng');
  await page.goto('/tasks');
  const table = page.getByTestId('task-table');
  await table.locator('.ant-table-row, .ant-empty').first().waitFor();
  await settle(page);
  assert.ok(!(await table.innerText()).includes(taskTitle), 'not in the task list');
  await page.getByLabel('关键字').fill(stamp);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await table.locator('.ant-empty').waitFor();
  await page.goto(`/tasks/${fupingTaskId}`);
  await page.getByText('404', { exact: true }).waitFor();
});
