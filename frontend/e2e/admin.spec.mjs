import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openBrowser, screenshot, submitLogin } from './support.mjs';

let browser;
before(async () => {
  browser = await openBrowser();
});
after(async () => {
  await browser?.close();
});

test(
  'an administrator edits an organisation and finds it in the audit log',
  { timeout: 120_000 },
  async () => {
    const { page } = browser;
    await page.goto('/login');
    await submitLogin(page, 'admin');
    await page.getByText(/您好，/).waitFor();
    await screenshot(page, 'home-zh.png');

    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('机构', { exact: true }).click();
    const tree = page.getByTestId('org-tree');
    await tree.getByText('渭南市').first().waitFor();

    // open 富平县 through the search box and select it
    await page.getByPlaceholder('搜索机构名称').fill('富平县');
    await page.getByPlaceholder('搜索机构名称').press('Enter');
    await tree.getByText('富平县', { exact: true }).click();
    const details = page.getByTestId('org-details');
    await details.getByText('富平县', { exact: true }).waitFor();

    const officeName = `富平县教育督导室 ${Date.now() % 100000}`;
    await page.getByRole('button', { name: /编\s*辑/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('督导室名称').fill(officeName);
    await page.waitForTimeout(500); // let the dialog's opening animation finish for the picture
    await screenshot(page, 'org-edit-zh.png');
    const saved = page.waitForResponse(
      (r) => /\/api\/v1\/organizations\/\d+$/.test(r.url()) && r.request().method() === 'PUT',
    );
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    assert.equal((await saved).status(), 200);
    await details.getByText(officeName).waitFor();

    await menu.getByText('操作日志', { exact: true }).click();
    await page.waitForURL('**/audit');
    const rows = page.locator('.ant-table-tbody .ant-table-row');
    await rows.first().waitFor();
    await page
      .locator('.ant-table-wrapper .ant-spin-spinning')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    const table = await page.locator('.ant-table-tbody').innerText();
    assert.ok(table.includes('admin'), 'the change names its actor');
    assert.ok(table.includes('机构'), 'the organisation change is listed with a translated type');
    await screenshot(page, 'audit-zh.png');
  },
);
