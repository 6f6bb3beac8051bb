import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// What the caching relies on, checked against the production build so that an upgrade of Next
// that changes it fails here (issue 15). Our cache handler (lib/server/shared-cache-handler.mjs)
// implements Next's documented cacheHandler interface; the pages' revalidation is time-based
// (revalidate = 300) and every save calls revalidatePath('/', 'layout') and updateTag.
//
//   1. A cached page is served without rendering: the second visit is a cache HIT.
//   2. A save is visible on the same instance at once.
//   3. A save is visible on a second instance within the sync interval: e2e/instances.spec.ts
//      ("a save through instance A shows on instance B within the sync interval…").

test.describe.configure({ mode: 'serial' });

const EDITOR = { email: 'editor@example.org', password: 'editor-password-for-e2e' };

async function cacheState(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), cache: response.headers()['x-nextjs-cache'] ?? null, body: await response.text() };
}

async function signIn(page: Page) {
  await page.goto('/sign-in?next=/editor');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/editor'));
}

test('a cached page, a view of the list and the bare list are served from the cache without rendering', async ({ request }) => {
  for (const path of [
    '/sources',
    '/commitments',
    '/commitments/view/category/transport',
    '/ru/commitments/view/kind/project',
    '/commitments/special-representatives',
  ]) {
    await cacheState(request, path); // the first visit may render it
    const second = await cacheState(request, path);
    expect(second.status, path).toBe(200);
    expect(second.cache, `${path}: served from the cache`).toBe('HIT');
  }
  // A search is rendered for each visit, and an old query-form link to a view is sent to its path.
  expect((await cacheState(request, '/commitments?q=railway')).cache).not.toBe('HIT');
  const old = await request.get('/commitments?category=transport&sort=progress', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(new URL(old.headers()['location']!, 'http://localhost').pathname).toBe('/commitments/view/category/transport/sort/progress');
});

test('a save is visible on the same instance at once, on the cached page and the cached view', async ({ page, request }) => {
  const pagePath = '/commitments/special-representatives';
  const viewPath = '/commitments/view/status/not-started';
  for (const path of [pagePath, viewPath]) {
    await cacheState(request, path);
    expect((await cacheState(request, path)).cache).toBe('HIT');
  }
  const note = `Cache contract ${Date.now()}: looked again, nothing new.`;
  await signIn(page);
  await page.goto('/editor/commitments/special-representatives');
  const form = page.getByRole('form', { name: 'Log a status update' });
  await form.getByRole('radio', { name: /Reviewed, no change/ }).check();
  await form.getByLabel('Note').fill(note);
  await form.getByRole('button', { name: 'Log review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Review logged' })).toBeVisible();

  // The very next request: no waiting for the five-minute revalidation.
  const after = await cacheState(request, pagePath);
  expect(after.body).toContain(note);
  expect((await cacheState(request, viewPath)).cache).not.toBe('HIT'); // refreshed, not the old copy
  expect((await cacheState(request, pagePath)).cache).toBe('HIT'); // and cached again
});
