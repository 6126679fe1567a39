#!/usr/bin/env node
// Lighthouse at its default mobile settings (Moto G Power, simulated slow 4G, 4× CPU slowdown) over
// the pages a phone on a county line meets first, driving the same npm-packaged Chromium as the
// end-to-end tests. Against a running server:
//
//   node run.mjs [base-url]        default http://127.0.0.1:8080 (demo data: it signs in as pucheng)
//
// Prints one line per page (performance, accessibility, LCP, JavaScript transferred) and writes the
// full reports to ./reports/. Needs frontend/node_modules (npm ci there) for the browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { browserLaunchOptions } from '../../frontend/e2e/browser.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const reports = join(here, 'reports');
mkdirSync(reports, { recursive: true });

const { executablePath, env, args } = await browserLaunchOptions();
Object.assign(process.env, env); // the CJK fontconfig for the packaged Chromium
const chrome = await chromeLauncher.launch({
  chromePath: executablePath,
  chromeFlags: args.filter((a) => a !== '--headless').concat('--headless=new'),
});
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });

async function audit(name, url, page) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: ['html'], onlyCategories: ['performance', 'accessibility'], disableStorageReset: !!page },
    undefined,
    page,
  );
  const { lhr } = result;
  writeFileSync(join(reports, `${name}.html`), [].concat(result.report)[0]);
  if (lhr.runtimeError) throw new Error(`${name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scriptBytes = lhr.audits['network-requests'].details.items
    .filter((r) => r.resourceType === 'Script')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const line = {
    page: name,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    lcpSeconds: +(lhr.audits['largest-contentful-paint'].numericValue / 1000).toFixed(1),
    jsTransferredKB: Math.round(scriptBytes / 1024),
  };
  console.log(JSON.stringify(line));
  return line;
}

try {
  await audit('login', `${base}/login`);
  await audit('public-decisions', `${base}/public/decisions`);

  // the home page after sign-in: sign in on a page first, then audit it without clearing its storage
  const page = await browser.newPage();
  await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
  await page.type('input[autocomplete=username]', 'pucheng');
  await page.type('input[type=password]', process.env.DEMO_PASSWORD ?? 'Demo@2023');
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('button[type=submit]')]);
  await audit('home', `${base}/`, page);
} finally {
  await browser.disconnect();
  chrome.kill();
}
