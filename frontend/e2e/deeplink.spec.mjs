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

test('a deep link while signed out comes back after sign-in', { timeout: 90_000 }, async () => {
  const { page } = browser;
  await page.goto('/users');
  await page.waitForURL(/\/login\?redirect=%2Fusers$/);
  await page.getByLabel('用户名').waitFor();

  await submitLogin(page, 'pucheng');
  await page.waitForURL((url) => url.pathname === '/users');
  await page.getByRole('heading', { name: '用户管理' }).waitFor();
  // the county office's users are listed, the sibling county's are not
  await page.locator('.ant-table-row').first().waitFor();
  const rows = await page.locator('.ant-table-tbody').innerText();
  assert.ok(rows.includes('pc_dx01'), 'a user of the own subtree is listed');
  assert.ok(!rows.includes('fuping'), 'a user of a sibling county is not listed');
  await page.locator('.ant-table-wrapper .ant-spin-spinning').waitFor({ state: 'detached' });
  await screenshot(page, 'users-zh.png');

  // the role picker offers a county office only roles below its own: no ADMIN, no office of its level
  await page.getByRole('button', { name: /新建用户/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('角色').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option-content');
  // the dropdown opens with an animation: wait for the option itself, not just the first row
  await options.filter({ hasText: '责任督学' }).first().waitFor();
  const labels = await options.allInnerTexts();
  assert.ok(labels.includes('学校'), `SCHOOL among ${labels.join(', ')}`);
  assert.ok(!labels.includes('系统管理员'), `no ADMIN among ${labels.join(', ')}`);
  assert.ok(!labels.includes('县级督导室'), `no COUNTY_OFFICE among ${labels.join(', ')}`);
  assert.ok(!labels.includes('市级督导室'), `no CITY_OFFICE among ${labels.join(', ')}`);
});
