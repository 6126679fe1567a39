// The browser the e2e tests drive, taken from the npm registry so that nothing is installed by hand:
// @sparticuz/chromium ships a headless Chromium inside the package, and source-han-sans-cn a CJK font
// (without one, Chinese renders as boxes). CHROMIUM_PATH points the tests at another Chromium build
// instead (then its system fonts are used).
import sparticuz from '@sparticuz/chromium';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A fontconfig file listing the packaged Chromium's own fonts and the CJK font from npm. */
function fontConfigFile() {
  const cjkFontDir = dirname(require.resolve('source-han-sans-cn/package.json'));
  const dir = join(tmpdir(), 'dudao-e2e-fontconfig');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${cjkFontDir}</dir>
  <dir>${join(tmpdir(), 'fonts')}</dir>
  <cachedir>${join(dir, 'cache')}</cachedir>
</fontconfig>
`,
  );
  return file;
}

let resolved;

/** { executablePath, env } for playwright-core's launch options. */
export async function browserLaunchOptions() {
  if (!resolved) {
    const override = process.env.CHROMIUM_PATH;
    resolved = override
      ? { executablePath: override, env: { ...process.env } }
      : {
          // unpacks into the temp folder once (≈ 1 s), later runs reuse it
          executablePath: await sparticuz.executablePath(),
          env: { ...process.env, FONTCONFIG_FILE: fontConfigFile() },
        };
  }
  return { ...resolved, args: BROWSER_ARGS };
}

/**
 * Fails when Chinese would render as boxes: two different characters drawn on a canvas give the
 * same pixels only when both are the missing-glyph box.
 */
export async function checkChineseRenders(page) {
  const distinct = await page.evaluate(() => {
    const draw = (ch) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const ctx = canvas.getContext('2d');
      ctx.font = '40px sans-serif';
      ctx.fillText(ch, 2, 40);
      return canvas.toDataURL();
    };
    return draw('督') !== draw('导');
  });
  if (!distinct) {
    throw new Error(
      'the browser has no CJK font: Chinese would render as boxes (with CHROMIUM_PATH, install one, e.g. fonts-noto-cjk)',
    );
  }
}
