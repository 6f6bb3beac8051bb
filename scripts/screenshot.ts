import { chromium } from '@playwright/test';
import { parseCli } from './cli';

// Screenshots of pages at desktop and phone widths, for looking at what we built.

const USAGE = `Usage: npx tsx scripts/screenshot.ts [--viewport-only] [BASE_URL [OUT_DIR [PATH...]]]

Takes screenshots of pages of a running server at desktop (1280x900) and phone (390x844)
widths, after every chart on the page has drawn, and prints each file's name: the width's
name and the path with its other characters as _, e.g. out/desktop_commitments.png.

Arguments:
  BASE_URL         the server (default http://localhost:3000)
  OUT_DIR          where to write the PNG files (default screenshots)
  PATH...          the pages to take, e.g. / /commitments (default /)

Options:
  --viewport-only  only the visible part of each page, not the whole page
  -h, --help       show this help

Environment:
  CHROMIUM_PATH  the browser (default /usr/bin/chromium)

Example:
  npx tsx scripts/screenshot.ts http://localhost:3000 out / /commitments`;

async function main() {
  const { values, positionals } = parseCli({
    name: 'screenshot',
    usage: USAGE,
    allowPositionals: true,
    options: { 'viewport-only': { type: 'boolean' } },
  });
  const fullPage = !values['viewport-only'];
  const [base = 'http://localhost:3000', outDir = 'screenshots', ...paths] = positionals;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    // The site's Content-Security-Policy forbids evaluating strings, which waitForFunction
    // below needs; the screenshots are of our own pages, so the policy is bypassed here.
    const page = await browser.newPage({ viewport, bypassCSP: true });
    for (const path of paths.length ? paths : ['/']) {
      await page.goto(base + path, { waitUntil: 'load' });
      // Charts draw in the browser; wait for each to say it has drawn.
      // (A string, not a function: tsx's transpiled helpers do not exist in the page.)
      await page.waitForFunction(`[...document.querySelectorAll('[data-chart-ready]')].every((el) => el.dataset.chartReady === 'true')`);
      const file = `${outDir}/${name}${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_$/, '') || '_home'}.png`;
      await page.screenshot({ path: file, fullPage });
      console.log(file);
    }
    await page.close();
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
