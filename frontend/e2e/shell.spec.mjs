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
  'a county office sees its own subtree, in Chinese and in English',
  { timeout: 120_000 },
  async () => {
    const { page } = browser;
    await page.goto('/login');
    await page.getByText('教育督导工作平台').first().waitFor();
    await screenshot(page, 'login-zh.png');

    await submitLogin(page, 'pucheng');
    await page.getByText(/您好，/).waitFor();
    assert.match(await page.getByTestId('header-org').innerText(), /蒲城县/);

    await page.locator('.ant-layout-sider .ant-menu').getByText('机构', { exact: true }).click();
    await page.waitForURL('**/organizations');
    const tree = page.getByTestId('org-tree');
    await tree.getByText('蒲城县第一责任区').waitFor();
    const text = await tree.innerText();
    for (const name of ['蒲城县', '蒲城县第一责任区', '蒲城县第二责任区', '蒲城县第三责任区']) {
      assert.ok(text.includes(name), `tree shows ${name}`);
    }
    assert.ok(!text.includes('富平县'), 'a sibling county is not in the tree');
    assert.ok(!text.includes('渭南市'), 'the parent city is not in the tree');
    await page.getByTestId('org-details').waitFor();
    await screenshot(page, 'shell-zh.png');

    await page.getByText('English', { exact: true }).click();
    const menu = page.locator('.ant-layout-sider .ant-menu');
    await menu.getByText('Organizations', { exact: true }).waitFor();
    assert.equal(await menu.getByText('机构', { exact: true }).count(), 0);
    await page.getByTestId('org-tree').getByText('Supervision zone').first().waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('dudao.lang')), 'en');
    await screenshot(page, 'shell-en.png');

    // the choice survives a reload
    await page.reload();
    await page
      .locator('.ant-layout-sider .ant-menu')
      .getByText('Organizations', { exact: true })
      .waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.locator('.ant-layout-sider .ant-menu').getByText('机构', { exact: true }).waitFor();
  },
);
