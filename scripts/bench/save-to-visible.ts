import { chromium, type Page } from 'playwright-core';

// Save-to-visible, measured the way it happens: an editor signed in through the real form
// presses "Log update" in Chromium (the real server action), and a public visitor, with no
// cookies, keeps asking for the commitment's page until the new entry is in it. The clock
// runs from the click to the first public response that shows the entry.

const POLL_INTERVAL_MS = 20;
const GIVE_UP_MS = 15_000;

export type SaveToVisibleOptions = {
  baseUrl: string;
  slug: string;
  editor: { email: string; password: string };
  rounds: number;
  log: (line: string) => void;
};

async function signIn(page: Page, baseUrl: string, editor: SaveToVisibleOptions['editor']): Promise<void> {
  await page.goto(`${baseUrl}/sign-in?next=${encodeURIComponent('/editor')}`);
  await page.locator('input[name="email"]').fill(editor.email);
  await page.locator('input[name="password"]').fill(editor.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/editor'), { timeout: 30_000 });
}

/** Polls the public page (no session) until `text` appears; resolves with the response time. */
async function waitUntilPublic(url: string, text: string, since: number): Promise<{ at: number; cache: string | null }> {
  for (;;) {
    const response = await fetch(url, { headers: { accept: 'text/html' }, cache: 'no-store' });
    const body = await response.text();
    const at = performance.now();
    if (response.ok && body.includes(text)) return { at, cache: response.headers.get('x-nextjs-cache') };
    if (at - since > GIVE_UP_MS) throw new Error(`The saved entry did not appear on ${url} within ${GIVE_UP_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

export async function measureSaveToVisible({ baseUrl, slug, editor, rounds, log }: SaveToVisibleOptions): Promise<number[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch({
    executablePath: executablePath || undefined,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const publicUrl = `${baseUrl}/commitments/${slug}`;
  const timings: number[] = [];
  try {
    const page = await browser.newPage();
    await signIn(page, baseUrl, editor);
    const verdicts = ['stalled', 'in-progress'];
    for (let round = 1; round <= rounds; round++) {
      // Make sure the public page is in the cache first, so the measurement includes the
      // cache being dropped by the save and not just a first render.
      const before = await fetch(publicUrl);
      await before.text();
      const cachedBefore = before.headers.get('x-nextjs-cache');

      await page.goto(`${baseUrl}/editor/commitments/${slug}`);
      const form = page.locator('form[aria-label="Log a status update"]');
      const note = `Benchmark save ${round} ${Date.now().toString(36)}`;
      await form.locator('select[name="verdict"]').selectOption(verdicts[round % verdicts.length]!);
      await form.locator('textarea[name="note"]').fill(note);

      const clicked = performance.now();
      await form.locator('button[type="submit"]').click();
      const visible = await waitUntilPublic(publicUrl, note, clicked);
      const status = form.locator('[role="status"]');
      await status.waitFor({ timeout: GIVE_UP_MS });
      const message = (await status.textContent())?.trim() ?? '';
      const ms = Math.round(visible.at - clicked);
      timings.push(ms);
      log(
        `  save ${round}: visible after ${ms} ms (page cache before: ${cachedBefore ?? 'none'}, when visible: ${visible.cache ?? 'none'}; editor saw “${message}”)`,
      );
    }
  } finally {
    await browser.close();
  }
  return timings;
}
