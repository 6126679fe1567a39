// 驾驶舱 end to end: 渭南市 opens the dashboard from the menu, sees the totals, the echarts charts
// (SVG inside each chart container), the per-county table and the demo's red-light tasks, exports
// them to Excel and drills into a county by clicking it; 蒲城县 sees only its own figures.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { join } from 'node:path';
import { openBrowser, screenshot, screenshotsDir, settle, signInAs, signOut } from './support.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

/** Waits until a chart container has drawn its SVG (or canvas). */
async function chartDrawn(page, testId) {
  const chart = page.getByTestId(testId);
  await chart.locator('svg, canvas').first().waitFor();
  return chart;
}

const dataRows = (scope) => scope.locator('tbody tr.ant-table-row');

test('渭南市 opens 驾驶舱: totals, charts, red-light tasks, export and drill-down', async () => {
  const { page } = browser;
  await signInAs(page, 'weinan');
  // the home page's summary links to the dashboard
  await page.getByTestId('dashboard-summary').getByTestId('card-tasks').waitFor();
  await settle(page);
  await screenshot(page, 'dashboard-home-summary.png');

  await page.locator('.ant-layout-sider .ant-menu').getByText('驾驶舱', { exact: true }).click();
  await page.waitForURL('**/dashboard');
  await assert.doesNotReject(
    page.getByTestId('dashboard-org').filter({ hasText: '渭南市' }).waitFor(),
  );
  const tasksTotal = Number(
    (await page.getByTestId('card-tasks').locator('.ant-statistic-content').innerText()).replace(
      /\D/g,
      '',
    ),
  );
  assert.ok(tasksTotal > 0, `the demo has tasks this year (got ${tasksTotal})`);

  for (const id of ['chart-completion', 'chart-findings', 'chart-trend']) {
    const chart = await chartDrawn(page, id);
    assert.ok((await chart.boundingBox()).height > 100, `${id} has room to draw`);
  }
  // the completion chart names the counties on its axis
  const completionText = await page.getByTestId('chart-completion').locator('svg').textContent();
  assert.match(completionText, /富平县/);
  assert.match(completionText, /蒲城县/);

  const table = page.getByTestId('children-table');
  await table.getByRole('button', { name: '蒲城县' }).waitFor();
  assert.ok((await dataRows(table).count()) >= 3, 'a row per county of 渭南市');

  // the demo's red-light tasks (one preschool self-evaluation is past due)
  const red = page.getByTestId('red-tasks');
  await dataRows(red).first().waitFor();
  const redCount = await dataRows(red).count();
  assert.ok(redCount >= 1, 'at least one red-light task');
  assert.equal(await red.locator('tbody .light-dot[data-light="RED"]').count(), redCount);
  await settle(page);
  await screenshot(page, 'dashboard-weinan.png');
  // the charts at their real size: the first screen, not the whole page scaled down
  await page.screenshot({ path: join(screenshotsDir, 'dashboard-weinan-charts.png') });

  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-red-tasks').click();
  const download = await downloading;
  // named by the server in Chinese, dated
  assert.match(download.suggestedFilename(), /^任务清单-\d{4}-\d{2}-\d{2}\.xlsx$/);

  // clicking 蒲城县 drills into it
  await table.getByRole('button', { name: '蒲城县' }).click();
  await page.waitForURL(/orgId=\d+/);
  await page.getByTestId('dashboard-org').filter({ hasText: '蒲城县' }).waitFor();
  await page.getByTestId('org-breadcrumb').filter({ hasText: '渭南市' }).waitFor();
  await chartDrawn(page, 'chart-trend');
  await settle(page);
  await screenshot(page, 'dashboard-weinan-drill-pucheng.png');
  await signOut(page);
});

test('蒲城县 sees only its own figures', async () => {
  const { page } = browser;
  await signInAs(page, 'pucheng');
  await page.locator('.ant-layout-sider .ant-menu').getByText('驾驶舱', { exact: true }).click();
  await page.waitForURL('**/dashboard');
  const title = page.getByTestId('dashboard-org');
  await title.filter({ hasText: '蒲城县' }).waitFor();
  assert.doesNotMatch(await title.innerText(), /渭南市/);
  await chartDrawn(page, 'chart-trend');
  const table = page.getByTestId('children-table');
  await dataRows(table).first().waitFor();
  const rows = await table.locator('tbody').innerText();
  for (const other of ['富平县', '华州区', '渭南市']) {
    assert.ok(!rows.includes(other), `no ${other} row for 蒲城县`);
  }
  await page.getByTestId('red-tasks').waitFor();
  await settle(page);
  await screenshot(page, 'dashboard-pucheng.png');
  // another city's overview is out of reach: the API answers 404 for an organisation outside
  await page.goto('/dashboard?orgId=999999');
  await page.locator('.ant-alert-error').waitFor();
  await signOut(page);
});
