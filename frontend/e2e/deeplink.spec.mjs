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
  // the dropdown opens with an animation and its options render after the roles arrive: poll the
  // open dropdown's option texts until 责任督学 is among them, then judge the whole list
  const labels = await page
    .waitForFunction(
      () => {
        const texts = [
          ...document.querySelectorAll(
            '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-content',
          ),
        ].map((option) => option.textContent?.trim() ?? '');
        return texts.includes('责任督学') ? texts : null;
      },
      undefined,
      { timeout: 15_000 },
    )
    .then((handle) => handle.jsonValue());
  assert.ok(labels.includes('学校'), `SCHOOL among ${labels.join(', ')}`);
  assert.ok(!labels.includes('系统管理员'), `no ADMIN among ${labels.join(', ')}`);
  assert.ok(!labels.includes('县级督导室'), `no COUNTY_OFFICE among ${labels.join(', ')}`);
  assert.ok(!labels.includes('市级督导室'), `no CITY_OFFICE among ${labels.join(', ')}`);
});
