// Inspection reports end to end: 蒲城县第一责任区's 责任督学 (pc_dx01) records a routine visit to
// 蒲城县城关第一小学 with two findings and submits it; 蒲城县's office approves and publishes; the
// school sees the report and submits rectifications (one with a photo); the 责任督学 verifies one
// and reopens the other; 富平县 sees none of it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, test } from 'node:test';
import { deflateSync } from 'node:zlib';
import {
  isoDate,
  openBrowser,
  openSelect,
  screenshot,
  settle,
  signInAs,
  signOut,
} from './support.mjs';

const stamp = `${Date.now() % 1_000_000}`;
const reportTitle = `蒲城县城关第一小学经常性督导（e2e ${stamp}）`;
const homework = `作业公示栏未更新，部分班级作业时长超标 e2e ${stamp}`;
const gate = `放学时段校门口护学岗缺人 e2e ${stamp}`;

let browser;
let tmp;
let reportId;
let homeworkId;
let gateId;

before(async () => {
  browser = await openBrowser();
  tmp = mkdtempSync(join(tmpdir(), 'dudao-e2e-insp-'));
});
// a failed step leaves a picture of where it stopped
afterEach(async (t) => {
  if (t.passed === false || t.error) {
    await screenshot(browser.page, `inspections-failed-${t.name.slice(0, 12)}.png`).catch(
      () => undefined,
    );
  }
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const daysFromNow = (n) => isoDate(new Date(Date.now() + n * 86_400_000));

/** A small valid PNG (a 24×16 two-colour flag), built by hand: signature, IHDR, IDAT, IEND. */
function tinyPng() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const width = 24;
  const height = 16;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const rows = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) rows.push(...(y < height / 2 ? [222, 41, 16] : [255, 222, 0]));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Types a date into an antd picker; Tab (not Enter, which would submit the form) commits it. */
async function fillDate(input, value) {
  await input.click();
  await input.fill(value);
  await input.press('Tab');
}

const menu = (page) => page.locator('.ant-layout-sider .ant-menu');

async function addFinding(page, { indicator, severity, description, requirement, due }) {
  await page.getByRole('button', { name: /登记问题/ }).click();
  const dialog = page.getByRole('dialog');
  let popup = await openSelect(page, dialog, '关联指标');
  await popup.locator('.ant-select-item-option', { hasText: indicator }).first().click();
  popup = await openSelect(page, dialog, '问题等级');
  await popup.locator('.ant-select-item-option', { hasText: severity }).click();
  await dialog.getByLabel('问题描述').fill(description);
  await dialog.getByLabel('整改要求').fill(requirement);
  await fillDate(dialog.getByLabel('整改期限'), due);
  const created = page.waitForResponse(
    (r) => /\/inspection-reports\/\d+\/findings$/.test(r.url()) && r.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const response = await created;
  assert.equal(response.status(), 201);
  await dialog.waitFor({ state: 'detached' });
  return (await response.json()).id;
}

test(
  'a 责任督学 records a routine visit with two findings and submits it',
  { timeout: 240_000 },
  async () => {
    const { page } = browser;
    await signInAs(page, 'pc_dx01');
    await menu(page).getByText('督导报告', { exact: true }).click();
    await page.waitForURL('**/inspection-reports');
    await page.getByRole('button', { name: /新建督导报告/ }).click();
    await page.waitForURL('**/inspection-reports/new');

    await page.getByLabel('报告标题').fill(reportTitle);
    // the zone's own schools: search the tree
    let popup = await openSelect(page, page, '督导对象');
    await popup.locator('.ant-select-tree-title').first().waitFor(); // the tree has loaded
    await page.keyboard.type('城关第一小学');
    await popup.locator('.ant-select-tree-title', { hasText: /^蒲城县城关第一小学$/ }).click();
    popup = await openSelect(page, page, '指标体系');
    await popup.locator('.ant-select-item-option', { hasText: '经常性督导' }).first().click();
    // the range picker moves on to the end date by itself
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill(daysFromNow(-1));
    await fillDate(page.getByPlaceholder('结束日期'), daysFromNow(-1));
    assert.match(await page.getByPlaceholder('开始日期').inputValue(), /年.*月.*日/);
    assert.match(await page.getByPlaceholder('结束日期').inputValue(), /年.*月.*日/);
    await page.getByLabel('督导主题').fill('双减');
    await page
      .getByLabel('督导情况综述')
      .fill('责任督学到校查看校园环境，随堂听课 2 节，查阅作业公示和安全台账。');

    // the score form comes from the checklist's 8 items: pass/fail each
    const form = page.getByTestId('score-form');
    await form.locator('tr[data-row-key="8"]').waitFor();
    for (let code = 1; code <= 8; code++) {
      const row = form.locator(`tr[data-row-key="${code}"]`);
      const failed = code === 4 || code === 6;
      await row.getByText(failed ? '未达标' : '达标', { exact: true }).click();
      if (failed) await row.getByLabel(`${code} 备注`).fill('存在问题，已登记');
    }
    const summary = page.getByTestId('score-summary');
    assert.match(await summary.innerText(), /达标 6 项，未达标 2 项/);
    assert.match(await summary.innerText(), /未达标/);
    assert.match(await summary.innerText(), /已全部评分/);
    await settle(page);
    await screenshot(page, 'inspections-report-edit.png');

    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/inspection-reports') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const response = await saved;
    assert.equal(response.status(), 201);
    const report = await response.json();
    reportId = report.id;
    assert.equal(report.grade, '未达标');
    assert.deepEqual(report.unscoredCodes, []);
    await page.waitForURL(`**/inspection-reports/${reportId}`);
    await page.getByTestId('report-title').getByText(reportTitle).waitFor();

    homeworkId = await addFinding(page, {
      indicator: '学生学业负担',
      severity: '一般',
      description: homework,
      requirement: '建立作业公示和统筹制度，控制书面作业总量',
      due: daysFromNow(20),
    });
    gateId = await addFinding(page, {
      indicator: '校园及周边安全',
      severity: '重大',
      description: gate,
      requirement: '增设护学岗并与交警联动，规范接送秩序',
      due: daysFromNow(2),
    });
    const findings = page.getByTestId('report-findings');
    await findings.getByText(homework).waitFor();
    await findings.getByText(gate).waitFor();
    assert.equal(await findings.locator('.ant-table-row').count(), 2);

    await page.locator('[data-testid="report-actions"] [data-action="submit"]').click();
    await page.locator('.ant-tag[data-status="SUBMITTED"]').waitFor();
    // once submitted the author can no longer edit or record findings
    assert.equal(await page.locator('[data-action="edit"]').count(), 0);
    assert.equal(await page.locator('[data-action="add-finding"]').count(), 0);
    await settle(page);
    await screenshot(page, 'inspections-report-submitted.png');
    await signOut(page);
  },
);

test('the county office approves and publishes the report', { timeout: 120_000 }, async () => {
  assert.ok(reportId, 'the report was created');
  const { page } = browser;
  await signInAs(page, 'pucheng');
  await menu(page).getByText('督导报告', { exact: true }).click();
  await page.getByTestId('report-table').getByText(reportTitle).click();
  await page.waitForURL(`**/inspection-reports/${reportId}`);
  await page.locator('[data-testid="report-actions"] [data-action="approve"]').click();
  await page.locator('.ant-tag[data-status="APPROVED"]').waitFor();
  await page.locator('[data-testid="report-actions"] [data-action="publish"]').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await page.locator('.ant-tag[data-status="PUBLISHED"]').waitFor();
  assert.equal(await page.locator('[data-testid="report-actions"]').count(), 0);

  // the print view: an A4 sheet with the scores and both findings
  await page.getByRole('button', { name: /打印预览/ }).click();
  await page.waitForURL(`**/inspection-reports/${reportId}/print`);
  const sheet = page.getByTestId('print-document');
  await sheet.getByText(gate).waitFor();
  assert.match(await sheet.innerText(), /校园及周边安全情况/);
  await settle(page);
  await screenshot(page, 'inspections-print.png');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'inspections-print-media.png');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /返\s*回/ }).click();
  await page.waitForURL(`**/inspection-reports/${reportId}`);

  // the .docx comes through the authorised download
  const download = page.waitForEvent('download');
  await page.locator('[data-download="document"]').click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^督导报告-.+\.docx$/);
  await signOut(page);
});

test(
  'the school sees the report and submits rectifications, one with a photo',
  { timeout: 180_000 },
  async () => {
    assert.ok(homeworkId && gateId, 'the findings were recorded');
    const { page } = browser;
    await signInAs(page, 'pc_school01');
    await menu(page).getByText('督导报告', { exact: true }).click();
    await page.getByTestId('report-table').getByText(reportTitle).click();
    await page.waitForURL(`**/inspection-reports/${reportId}`);
    // the list may linger while the report loads (navigations are transitions)
    await page.getByTestId('report-title').getByText(reportTitle).waitFor();
    await page.locator('.ant-tag[data-status="PUBLISHED"]').first().waitFor();
    assert.equal(await page.locator('[data-testid="report-actions"]').count(), 0);

    await menu(page).getByText('我的整改', { exact: true }).click();
    await page.waitForURL('**/my-rectifications');
    const table = page.getByTestId('finding-table');
    await table.getByText(gate).waitFor();
    await table.getByText(homework).waitFor();
    await settle(page);
    await screenshot(page, 'inspections-my-rectifications.png');

    // the gate: measures, result and a photo
    await table.getByText(gate).click();
    await page.waitForURL(`**/findings/${gateId}`);
    const form = page.getByTestId('rectify-form');
    await form.getByLabel('整改措施').fill('增设护学岗 4 个，联系交警中队设置临时停车区');
    await form.getByLabel('整改结果').fill('放学时段秩序明显好转');
    const photo = join(tmp, '护学岗照片.png');
    writeFileSync(photo, tinyPng());
    const uploaded = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST',
    );
    await form.locator('input[type=file]').setInputFiles(photo);
    assert.equal((await uploaded).status(), 201);
    await form.locator('.ant-upload-list-item-done').waitFor();
    const rectified = page.waitForResponse(
      (r) =>
        r.url().endsWith(`/findings/${gateId}/rectifications`) && r.request().method() === 'POST',
    );
    await form.locator('[data-action="rectify"]').click();
    const body = await (await rectified).json();
    assert.equal(body.status, 'SUBMITTED');
    assert.equal(body.rectifications[0].attachments[0].fileName, '护学岗照片.png');
    await page.locator('.ant-tag[data-status="SUBMITTED"]').first().waitFor();
    await page.getByTestId('rectification').getByText('护学岗照片.png').waitFor();
    await settle(page);
    await screenshot(page, 'inspections-rectified.png');

    // the homework: measures only
    await page.goto(`/findings/${homeworkId}`);
    await page
      .getByTestId('rectify-form')
      .getByLabel('整改措施')
      .fill('已更新作业公示栏，建立年级作业统筹制度');
    await page.getByTestId('rectify-form').locator('[data-action="rectify"]').click();
    await page.locator('.ant-tag[data-status="SUBMITTED"]').first().waitFor();
    await signOut(page);
  },
);

test('the 责任督学 verifies one finding and reopens the other', { timeout: 120_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'pc_dx01');
  await menu(page).getByText('整改验收', { exact: true }).click();
  await page.waitForURL('**/verification');
  const table = page.getByTestId('finding-table');
  await table.getByText(gate).waitFor();
  await table.getByText(homework).waitFor();

  await table.getByText(gate).click();
  await page.waitForURL(`**/findings/${gateId}`);
  await page.locator('[data-testid="finding-actions"] [data-action="verify"]').click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await page.locator('.ant-tag[data-status="VERIFIED"]').first().waitFor();
  assert.equal(await page.getByTestId('finding-actions').count(), 0);

  await page.goto(`/findings/${homeworkId}`);
  await page.locator('[data-testid="finding-actions"] [data-action="reopen"]').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('退回原因').fill('未提供作业公示栏更新后的照片，请补充佐证材料');
  await dialog.getByRole('button', { name: /退回重新整改/ }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.locator('.ant-tag[data-status="REOPENED"]').first().waitFor();
  await page.getByText('未提供作业公示栏更新后的照片').first().waitFor();
  await settle(page);
  await screenshot(page, 'inspections-reopened.png');

  // the ledger shows both outcomes
  await menu(page).getByText('问题台账', { exact: true }).click();
  await page.waitForURL('**/findings');
  await page.getByLabel('关键字').fill(`e2e ${stamp}`);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  const ledger = page.getByTestId('finding-table');
  // the unfiltered ledger shows first: wait for the filtered answer, not just for some rows
  await page.waitForURL(/[?&]q=/);
  await page
    .waitForFunction(
      () => document.querySelectorAll('[data-testid="finding-table"] .ant-table-row').length === 2,
      undefined,
      { timeout: 20_000 },
    )
    .catch(() => {});
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  const rows = await ledger.locator('.ant-table-row').count();
  assert.equal(rows, 2);
  assert.equal(await ledger.locator('.ant-tag[data-status="VERIFIED"]').count(), 1);
  assert.equal(await ledger.locator('.ant-tag[data-status="REOPENED"]').count(), 1);
  await settle(page);
  await screenshot(page, 'inspections-ledger.png');
  await signOut(page);
});

test(
  'the county office copies a published indicator system into an editable draft',
  { timeout: 120_000 },
  async () => {
    const { page } = browser;
    await signInAs(page, 'pucheng');
    await menu(page).getByText('指标体系', { exact: true }).click();
    await page.waitForURL('**/indicator-systems');
    // the built-in, published version (earlier runs may have left drafts of it)
    await page
      .getByTestId('system-table')
      .locator('.ant-table-row', { hasText: '履行教育职责评价指标' })
      .filter({ has: page.locator('.ant-tag[data-status="PUBLISHED"]') })
      .first()
      .getByRole('link')
      .click();
    await page.waitForURL(/\/indicator-systems\/\d+$/);
    await page.getByTestId('indicator-tree').waitFor();
    await page.getByText(/已发布的指标体系不能修改/).waitFor();
    assert.equal(await page.locator('[data-action="save"]').count(), 0);
    await settle(page);
    await screenshot(page, 'inspections-system-published.png');

    const copied = page.waitForResponse(
      (r) => /\/indicator-systems\/\d+\/copy$/.test(r.url()) && r.request().method() === 'POST',
    );
    await page.locator('[data-action="copy"]').click();
    const draft = await (await copied).json();
    assert.equal(draft.status, 'DRAFT');
    await page.waitForURL(`**/indicator-systems/${draft.id}`);
    const editor = page.getByTestId('indicator-tree-editor');
    await editor.waitFor();
    assert.match(await page.getByTestId('tree-total').innerText(), /合计 100 分/);
    // a new top-level indicator of 5 points: the total follows, and the server takes it
    await page.getByRole('button', { name: /添加一级指标/ }).click();
    const last = draft.indicators.length + 1;
    await editor.getByLabel(`${last} 指标名称`).fill(`地方特色指标 e2e ${stamp}`);
    await editor.getByLabel(`${last} 分值`).fill('5');
    await page.getByTestId('tree-total').getByText('合计 105 分').waitFor();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith(`/indicator-systems/${draft.id}`) && r.request().method() === 'PUT',
    );
    await page.locator('[data-action="save"]').click();
    const body = await (await saved).json();
    assert.equal(body.totalScore, 105);
    await page.locator('.ant-message-notice').first().waitFor();
    await settle(page);
    await screenshot(page, 'inspections-system-draft.png');
    await signOut(page);
  },
);

test('another county sees none of it', { timeout: 90_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'fuping');
  await page.goto(`/inspection-reports/${reportId}`);
  await page.getByText('督导报告不存在或无权查看').waitFor();
  assert.equal(await page.getByText(reportTitle).count(), 0);
  await settle(page);
  await screenshot(page, 'inspections-fuping-404.png');

  await page.goto(`/findings/${gateId}`);
  await page.getByText(/不存在或无权查看/).waitFor();

  await menu(page).getByText('督导报告', { exact: true }).click();
  await page.waitForURL('**/inspection-reports');
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  await page.getByTestId('report-table').locator('.ant-table-tbody').waitFor();
  assert.ok(!(await page.getByTestId('report-table').innerText()).includes(reportTitle));

  await menu(page).getByText('问题台账', { exact: true }).click();
  await page.waitForURL('**/findings');
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  await page.getByTestId('finding-table').locator('.ant-table-tbody').waitFor();
  const ledger = await page.getByTestId('finding-table').innerText();
  assert.ok(!ledger.includes(gate) && !ledger.includes(homework), 'none of the findings');
});
