// Shared helpers for the e2e specs: browser start, sign-in, screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserLaunchOptions } from './browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const screenshotsDir = join(here, 'screenshots');

export const baseURL = (() => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the specs through `npm run e2e`');
  return url.replace(/\/$/, '');
})();

export const DEMO_PASSWORD = 'Demo@2023';

/** A fresh chromium profile per spec file; returns the page and a close() that cleans up. */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'dudao-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...(await browserLaunchOptions()),
    viewport: { width: 1366, height: 800 },
    locale: 'zh-CN',
    baseURL,
  });
  context.setDefaultTimeout(20_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, page, close };
}

/** Fills the login form (already open) and submits it. */
export async function submitLogin(page, username, password = DEMO_PASSWORD) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('button[type=submit]').click();
}

export async function screenshot(page, name) {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** YYYY-MM-DD in the browser's (local) calendar. */
export const isoDate = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Signs in from a clean slate (a step that failed half-way may have left someone signed in). */
export async function signInAs(page, username) {
  await page.goto('/login');
  await page.evaluate(() => {
    sessionStorage.clear();
    localStorage.clear();
  });
  await page.goto('/login');
  await submitLogin(page, username);
  await page.getByText(/您好，/).waitFor();
}

export async function signOut(page) {
  await page
    .locator('.app-header')
    .getByRole('button', { name: /退出登录/ })
    .click();
  await page.waitForURL('**/login');
}

/** Opens an antd Select/TreeSelect by its form label and returns the popup locator. */
export async function openSelect(page, scope, label) {
  const item = scope
    .locator('.ant-form-item')
    .filter({ has: page.locator('.ant-form-item-label label', { hasText: label }) });
  await item.locator('.ant-select').first().click();
  return page.locator('.ant-select-dropdown:visible').last();
}

/** Before a picture: nothing loading, no toast, scrolled to the top (the header is sticky). */
export async function settle(page) {
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
  await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 6000 })
    .catch(() => undefined);
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await page.waitForTimeout(400); // animations
}
