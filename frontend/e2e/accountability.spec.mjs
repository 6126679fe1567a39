// Accountability (问责) end to end: 渭南市 opens a case from the escalated finding against 富平县
// (the demo 履职评价 report), investigates and sends the written notice; 富平县 sees the case without
// the internal notes and submits its statement with a file; 渭南市 decides 约谈 + 督导通报 for
// publication; the public list shows it to a signed-out visitor; 蒲城县 sees none of it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import {
  DEMO_PASSWORD,
  isoDate,
  openBrowser,
  screenshot,
  settle,
  signInAs,
  signOut,
} from './support.mjs';

const INTERNAL_NOTE = `内部研判：县政府分管领导态度消极（e2e ${Date.now() % 1_000_000}）`;

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

const stepResponse = (page, caseId, step) =>
  page.waitForResponse(
    (r) =>
      r.url().endsWith(`/api/v1/accountability-cases/${caseId}/${step}`) &&
      r.request().method() === 'POST',
  );

/**
 * Submits a step's modal; when the server answers 409 DEADLINE_PASSED the form asks for an
 * override reason, which is given and the step retried.
 */
async function submitStep(page, dialog, caseId, step, buttonName) {
  let response = stepResponse(page, caseId, step);
  await dialog.getByRole('button', { name: buttonName }).click();
  let answer = await response;
  if (answer.status() === 409 && (await answer.json()).code === 'DEADLINE_PASSED') {
    await dialog.getByTestId('deadline-passed').waitFor();
    await dialog.getByLabel('逾期办理理由').fill('e2e：演示数据的督导结束日期较早');
    response = stepResponse(page, caseId, step);
    await dialog.getByRole('button', { name: buttonName }).click();
    answer = await response;
  }
  assert.equal(answer.status(), 200, `${step} answered ${answer.status()}`);
  await dialog.waitFor({ state: 'hidden' });
  return answer.json();
}

let caseId;
let caseNumber;

test(
  'the city opens a case from the escalated finding, investigates and notifies',
  { timeout: 240_000 },
  async () => {
    const { page } = browser;
    await signInAs(page, 'weinan');

    // find the demo finding through the API with our own login
    const login = await page.request.post('/api/v1/auth/login', {
      data: { username: 'weinan', password: DEMO_PASSWORD },
    });
    assert.equal(login.status(), 200);
    const { accessToken } = await login.json();
    const found = await page.request.get('/api/v1/findings?escalation=true&size=50', {
      headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
    });
    assert.equal(found.status(), 200);
    const finding = (await found.json()).items.find(
      (f) => f.description.includes('公办园在园幼儿占比低于 50%') && f.ownerOrgName === '富平县',
    );
    assert.ok(finding, 'the demo data has the escalated finding against 富平县');
    assert.equal(finding.escalation, true);

    // 发起问责 from the finding in the ledger
    await page.goto(`/findings/${finding.id}`);
    await page.getByTestId('finding-title').waitFor();
    await page.getByRole('button', { name: /发起问责/ }).click();
    const opened = page.waitForResponse(
      (r) =>
        r.url().endsWith(`/api/v1/accountability-cases/from-finding/${finding.id}`) &&
        r.request().method() === 'POST',
    );
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    const created = await opened;
    assert.equal(created.status(), 201);
    const body = await created.json();
    caseId = body.id;
    caseNumber = body.caseNumber;
    assert.equal(body.subjectOrgName, '富平县');
    assert.equal(body.source, 'FINDING');
    assert.match(caseNumber, /〔\d{4}〕\d+号$/);
    await page.waitForURL(`**/accountability/${caseId}`);
    await page.getByTestId('case-title').getByText(caseNumber).waitFor();
    assert.match(await page.getByTestId('case-details').innerText(), /公办园在园幼儿占比低于 50%/);

    // the finding now links to its case instead of offering a second one
    await page.goto(`/findings/${finding.id}`);
    await page.getByTestId('case-link').click();
    await page.waitForURL(`**/accountability/${caseId}`);

    // a second escalation of the same finding is refused with the open case named
    await page.goto(`/accountability/new?fromFinding=${finding.id}`);
    await page.getByRole('button', { name: /发起问责/ }).click();
    await page
      .locator('.ant-popover:visible')
      .getByRole('button', { name: /确\s*定/ })
      .click();
    await page.locator('.ant-modal-confirm-title', { hasText: '该来源已有在办问责案件' }).waitFor();
    await page
      .locator('.ant-modal-confirm')
      .getByRole('button', { name: /查看案件/ })
      .click();
    await page.waitForURL(`**/accountability/${caseId}`);

    // an internal note the subject must never see
    await page
      .getByTestId('case-actions')
      .getByRole('button', { name: /修\s*改/ })
      .click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('内部备注').fill(INTERNAL_NOTE);
    const saved = page.waitForResponse(
      (r) =>
        r.url().endsWith(`/api/v1/accountability-cases/${caseId}`) &&
        r.request().method() === 'PUT',
    );
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await saved).status(), 200);
    await page.getByTestId('internal-notes').getByText(INTERNAL_NOTE).waitFor();

    // the step bar stands at the investigation; the investigation clock is running
    const procedure = page.getByTestId('case-procedure');
    assert.equal(
      await procedure.locator('[data-step="investigate"]').getAttribute('data-state'),
      'process',
    );
    await page
      .getByTestId('case-deadlines')
      .getByText(/成立调查组/)
      .waitFor();
    await settle(page);
    await screenshot(page, 'case-opened.png');

    // 成立调查组
    await page
      .getByTestId('case-actions')
      .getByRole('button', { name: /成立调查组/ })
      .click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('说明').fill('调查组：市督导室二人，赴富平县核查公办园在园幼儿占比。');
    let after = await submitStep(page, dialog, caseId, 'investigate', /成立调查组/);
    assert.equal(after.status, 'INVESTIGATING');
    await page.getByText('调查核实', { exact: true }).first().waitFor();

    // 书面告知 with a statement deadline
    await page
      .getByTestId('case-actions')
      .getByRole('button', { name: /书面告知/ })
      .click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('告知内容')
      .fill('经调查核实，你县公办园在园幼儿占比低于 50%，整改逾期。请于期限内提交陈述申辩意见。');
    const dueInput = dialog.getByLabel('陈述申辩截止日期');
    await dueInput.click();
    await dueInput.fill(isoDate(new Date(Date.now() + 10 * 86_400_000)));
    // not Enter: in a form with one input that would submit it at once
    await dialog.getByLabel('告知内容').click();
    after = await submitStep(page, dialog, caseId, 'notify', /书面告知/);
    assert.equal(after.status, 'NOTIFIED');
    assert.ok(
      after.deadlines.some((d) => d.kind === 'STATEMENT'),
      'the statement clock runs',
    );
    await page.getByText('已书面告知', { exact: true }).first().waitFor();
    await page.getByTestId('case-deadlines').getByText('陈述申辩期限').waitFor();
    await settle(page);
    await screenshot(page, 'case-notified.png');
    await signOut(page);
  },
);

test(
  'the county sees its case without internal notes and submits a statement',
  { timeout: 180_000 },
  async () => {
    const { page } = browser;
    assert.ok(caseId, 'the case was opened');
    await signInAs(page, 'fuping');
    await page.goto('/accountability');
    const table = page.getByTestId('case-table');
    await table.getByRole('link', { name: caseNumber }).click();
    await page.waitForURL(`**/accountability/${caseId}`);
    await page.getByTestId('subject-view').waitFor();
    await page
      .getByTestId('case-notice')
      .getByText(/公办园在园幼儿占比低于 50%，整改逾期/)
      .waitFor();
    assert.equal(await page.getByText(INTERNAL_NOTE).count(), 0, 'no internal notes');
    assert.equal(await page.getByTestId('internal-notes').count(), 0);
    // the investigation is internal to the office: neither its step nor its clock shows
    assert.equal(await page.locator('[data-kind="INVESTIGATION"]').count(), 0);
    assert.equal(await page.getByTestId('case-actions').count(), 0, 'no office buttons');

    const form = page.getByTestId('case-statement');
    const file = join(tmp, '富平县公办园建设情况说明.txt');
    writeFileSync(file, '富平县：2026年新建公办园两所，在建一所，预计明年秋季学期投入使用。\n');
    const uploaded = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/attachments') && r.request().method() === 'POST',
    );
    await form.locator('input[type=file]').setInputFiles(file);
    assert.equal((await uploaded).status(), 201);
    await form.locator('.ant-upload-list-item-done').waitFor();
    await form
      .getByLabel('陈述申辩意见')
      .fill('我县已开工新建公办园两所，公办园在园幼儿占比预计明年达到 52%，恳请从轻处理。');
    await settle(page);
    await screenshot(page, 'case-subject-statement-form.png');
    const submitted = stepResponse(page, caseId, 'statement');
    await form.getByRole('button', { name: /提交陈述申辩/ }).click();
    const answer = await submitted;
    assert.equal(answer.status(), 200);
    const body = await answer.json();
    assert.equal(body.status, 'STATEMENT_RECEIVED');
    assert.equal(body.statement.attachments.length, 1);
    assert.equal(body.internalNotes, undefined, 'the API keeps the notes from the subject too');
    await page.getByText('已陈述申辩', { exact: true }).first().waitFor();
    await page.getByTestId('case-statement').getByText('富平县公办园建设情况说明.txt').waitFor();
    await settle(page);
    await screenshot(page, 'case-subject-view.png');

    // a county adds a local scenario to the catalogue; it shows with its owner
    const code = `FP-E2E-${Date.now() % 100_000}`;
    await page.goto('/accountability-scenarios');
    await page.locator('[data-family="KEY_TASKS_BEHIND"]').waitFor();
    await page.getByRole('button', { name: /新增情形/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('编号').fill(code);
    await dialog.getByLabel('情形描述').fill('学校未按期报送问题整改台账且经催办仍不报送');
    await dialog.getByLabel('建议问责方式').fill('约谈、通报批评');
    const added = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/v1/accountability-scenarios') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await added).status(), 201);
    const row = page.locator('tr', { hasText: code });
    await row.getByText('本地·富平县').waitFor();
    assert.equal(
      await row.locator('[data-action="edit-scenario"]').count(),
      1,
      'its own is editable',
    );
    await settle(page);
    await screenshot(page, 'scenarios.png');
    await signOut(page);
  },
);

test('the city decides 约谈 + 督导通报 for publication', { timeout: 180_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'weinan');
  await page.goto(`/accountability/${caseId}`);
  await page
    .getByTestId('case-statement')
    .getByText(/恳请从轻处理/)
    .waitFor();
  await page
    .getByTestId('case-actions')
    .getByRole('button', { name: /作出决定/ })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('约谈', { exact: true }).check();
  await dialog.getByLabel('督导通报', { exact: true }).check();
  await dialog
    .getByLabel('决定内容')
    .fill(
      '富平县人民政府履行学前教育职责不到位，公办园在园幼儿占比长期低于 50%，整改逾期。决定约谈富平县人民政府分管负责同志，并在全市教育督导系统内通报。',
    );
  await dialog
    .getByLabel('问责依据')
    .fill('《教育督导问责办法》（国教督〔2021〕2号）第七条、第九条');
  await dialog.getByText('向社会公开', { exact: true }).click();
  const decided = await submitStep(page, dialog, caseId, 'decide', /作出决定/);
  assert.equal(decided.status, 'DECIDED');
  assert.deepEqual(decided.unitMeasures, ['INTERVIEW', 'SUPERVISION_NOTICE']);
  assert.equal(decided.publication, 'PUBLIC');
  const decision = page.getByTestId('case-decision');
  await decision.getByText('督导通报').waitFor();
  assert.equal(
    await page
      .getByTestId('case-procedure')
      .locator('[data-step="decide"]')
      .getAttribute('data-state'),
    'finish',
  );

  // the 问责决定书 downloads with the token, under its Chinese name (RFC 6266 filename*)
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /下载问责决定书/ }).click();
  assert.match((await download).suggestedFilename(), /^问责决定书-.+\.docx$/);

  await settle(page);
  await screenshot(page, 'case-decided.png');

  // the register shows it with its status
  await page.goto('/accountability');
  const row = page.getByTestId('case-table').locator('tr', { hasText: caseNumber });
  await row.getByText('已作出决定').waitFor();
  await settle(page);
  await screenshot(page, 'case-register.png');
  await signOut(page);
});

test(
  'the public list shows the decision to a signed-out visitor',
  { timeout: 60_000 },
  async () => {
    const { page } = browser;
    await page.goto('/public/decisions');
    assert.match(page.url(), /\/public\/decisions$/, 'no redirect to the login page');
    const card = page.getByTestId('public-decision').filter({ hasText: caseNumber });
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /富平县/);
    assert.match(text, /约谈/);
    assert.match(text, /督导通报/);
    assert.doesNotMatch(text, new RegExp(INTERNAL_NOTE));
    await settle(page);
    await screenshot(page, 'public-decisions.png');
  },
);

test('another county sees none of it', { timeout: 90_000 }, async () => {
  const { page } = browser;
  await signInAs(page, 'pucheng');
  await page.goto(`/accountability/${caseId}`);
  await page.getByText('404', { exact: true }).waitFor();
  assert.equal(await page.getByTestId('case-title').count(), 0);
  await settle(page);
  await screenshot(page, 'case-other-county-404.png');
  await page.goto('/accountability');
  await page.getByTestId('case-table').waitFor();
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  assert.equal(await page.getByText(caseNumber).count(), 0, 'not in the register');
  await signOut(page);
});
