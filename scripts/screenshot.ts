import { chromium } from '@playwright/test';

// Screenshots of pages at desktop and phone widths, for looking at what we built.
// Usage: tsx scripts/screenshot.ts [--viewport-only] http://localhost:3000 out-dir / /commitments ...
async function main() {
  const args = process.argv.slice(2);
  const fullPage = !args.includes('--viewport-only');
  const [base = 'http://localhost:3000', outDir = 'screenshots', ...paths] = args.filter((a) => !a.startsWith('--'));
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
      const file = `${outDir}/${name}${path.replace(/[^a-z0-9]+/gi, '_') || '_home'}.png`;
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
