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

// A real user with a wrong password. The backend locks a username after 5 consecutive failures
// (429), so against a long-lived server (E2E_BASE_URL) this spec can be repeated 4 times in a row.
test('a wrong password shows the server message', { timeout: 60_000 }, async () => {
  const { page } = browser;
  await page.goto('/login');
  const answer = page.waitForResponse(
    (r) => r.url().endsWith('/api/v1/auth/login') && r.request().method() === 'POST',
  );
  await submitLogin(page, 'fuping', 'not-the-password');
  const response = await answer;
  assert.equal(response.status(), 401);
  const problem = await response.json();
  assert.equal(problem.code, 'INVALID_CREDENTIALS');
  assert.ok(problem.detail, 'the server explains the failure');

  // the demo instance shows its banner as an alert too: take the one carrying the server's message
  const alert = page.getByRole('alert').filter({ hasText: problem.detail });
  await alert.waitFor();
  assert.match(
    await alert.innerText(),
    new RegExp(problem.detail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
  assert.match(page.url(), /\/login/);
  assert.equal(await page.evaluate(() => sessionStorage.getItem('dudao.auth')), null);
  await screenshot(page, 'login-error-zh.png');
});
