import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The public as a source (issue 16, part 3): a reader suggests an update on a commitment's page,
// in their language; hostile and broken input is refused with a message and nothing stored; a
// robot filling the honeypot is thanked and ignored; an editor accepts one into a prefilled
// status update, which is then published, and rejects another with a reason; an admin's purge
// is offered. The sender's email never appears on a public page, the API or a feed.

const SLUG = 'council-of-national-coordinators';
const EMAIL = 'reader-for-e2e@example.net';
const EDITOR = { email: 'editor@example.org', password: 'editor-password-for-e2e' };

test.describe.configure({ mode: 'serial' });

function suggestForm(page: Page) {
  return page.locator('form.suggest-form');
}

test('a reader suggests an update in Russian; broken input is refused in Russian with what they typed kept', async ({ page }) => {
  await page.goto(`/ru/commitments/${SLUG}`);
  const form = suggestForm(page);
  await expect(form.getByRole('heading', { name: 'Предложить обновление' })).toBeVisible();
  await form.getByLabel('Что произошло').fill('Коротко');
  await form.getByLabel('Ссылка на подтверждение (необязательно)').fill('javascript:alert(1)');
  await form.getByLabel('Адрес электронной почты (необязательно), если хотите получить ответ').fill(EMAIL);
  await form.getByRole('button', { name: 'Отправить редакторам' }).click();
  await expect(form.getByText('Напишите чуть подробнее: не меньше 20 символов.')).toBeVisible();
  await expect(form.getByText('Укажите полный веб-адрес, начинающийся с http:// или https://.')).toBeVisible();
  await expect(form.getByText('Отметьте согласие на использование адреса почты или оставьте это поле пустым.')).toBeVisible();
  await expect(form.getByLabel('Адрес электронной почты (необязательно), если хотите получить ответ')).toHaveValue(EMAIL);

  await form.getByLabel('Что произошло').fill('Совет национальных координаторов собрался 2 декабря в Алматы, сообщает МИД.');
  await form.getByLabel('Ссылка на подтверждение (необязательно)').fill('https://example.org/council-meeting');
  await form.getByLabel('Ваше имя (необязательно)').fill('Читатель Е2Е');
  await form.getByLabel('Я согласен(на), чтобы редакторы написали мне на этот адрес по поводу этого предложения.').check();
  await form.getByRole('button', { name: 'Отправить редакторам' }).click();
  await expect(form.getByRole('status')).toContainText('Спасибо: редакторы рассмотрят ваше предложение');
  // Nothing is published by itself.
  await page.reload();
  await expect(page.locator('.timeline')).not.toContainText('Алматы');
});

test('hostile input: a disguised file, markup and a filled honeypot are refused or ignored, and nothing unsafe is stored', async ({ page }) => {
  await page.goto(`/commitments/${SLUG}`);
  let form = suggestForm(page);
  await form.getByLabel('What happened').fill('<script>window.pwned = 1</script> A protocol was signed, see the scan.');
  await form.getByLabel('Or a file (optional): a PDF or an image, at most 2 MB').setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<html><body onload="alert(1)">not a pdf</body></html>'),
  });
  await form.getByRole('button', { name: 'Send to the editors' }).click();
  await expect(form.getByText('The file must be a PDF or an image')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose the file again' })).toBeVisible();
  await expect(form.getByLabel('What happened')).toHaveValue('<script>window.pwned = 1</script> A protocol was signed, see the scan.');

  // A robot fills every field, the hidden one too: thanked, not stored (the queue below has one suggestion).
  await page.goto(`/commitments/${SLUG}`);
  form = suggestForm(page);
  await form.getByLabel('What happened').fill('Buy cheap watches at our shop, the best prices on the web.');
  await form.locator('input[name="website"]').fill('https://spam.example');
  await form.getByRole('button', { name: 'Send to the editors' }).click();
  await expect(form.getByRole('status')).toContainText('Thank you');
});

test('an editor accepts a suggestion into a prefilled update, which is then published; another is rejected with a reason', async ({
  page,
  request,
}) => {
  // A second suggestion, in English, to reject.
  await page.goto(`/commitments/${SLUG}`);
  const form = suggestForm(page);
  await form.getByLabel('What happened').fill('I heard the council was dissolved last week, but I have no source.');
  await form.getByRole('button', { name: 'Send to the editors' }).click();
  await expect(form.getByRole('status')).toContainText('Thank you');

  await page.goto('/sign-in?next=/editor/suggestions');
  await page.getByLabel('Email').fill(EDITOR.email);
  await page.getByLabel('Password').fill(EDITOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/editor\/suggestions/);
  const pending = page.getByRole('region', { name: /Waiting for an editor/ });
  await expect(pending.locator('article')).toHaveCount(2);
  await expect(pending).not.toContainText('Buy cheap watches');
  const russian = pending.locator('article').filter({ hasText: 'Алматы' });
  await expect(russian).toContainText('in Russian');
  await expect(russian).toContainText(EMAIL);

  const rumour = pending.locator('article').filter({ hasText: 'dissolved last week' });
  await rumour.getByLabel('Reason for rejecting').fill('No source; nothing found on the ministry’s site.');
  await rumour.getByRole('button', { name: 'Reject' }).click();
  await expect(rumour.getByRole('status')).toContainText('rejected');

  await russian.getByRole('link', { name: 'Accept into a status update…' }).click();
  await expect(page).toHaveURL(new RegExp(`/editor/commitments/${SLUG}\\?suggestion=\\d+`));
  const log = page.getByRole('form', { name: 'Log a status update' });
  await expect(log.getByRole('note')).toContainText('Accepting reader suggestion');
  await expect(log.getByLabel('Note')).toHaveValue(/A reader reported \(suggestion #\d+\): Совет национальных координаторов/);
  await expect(log.getByLabel('Link 1 address')).toHaveValue('https://example.org/council-meeting');
  await log
    .getByLabel('Note')
    .fill('The Council of National Coordinators met in Almaty on 2 December, as a reader reported and the ministry confirmed.');
  await log.getByLabel('Verdict').selectOption({ label: 'In progress' });
  await log.getByRole('button', { name: 'Log update' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'marked accepted' })).toBeVisible();

  await page.goto('/editor/suggestions');
  await expect(page.getByRole('region', { name: /Waiting for an editor \(0\)/ })).toBeVisible();
  const decided = page.getByRole('region', { name: 'Decided lately' });
  await expect(decided.locator('article').filter({ hasText: 'Алматы' })).toContainText('Accepted');
  await expect(decided.locator('article').filter({ hasText: 'dissolved' })).toContainText('No source; nothing found');

  // Published by the editor's save; the reader's email is nowhere public.
  await page.context().clearCookies();
  await page.goto(`/commitments/${SLUG}`);
  await expect(page.locator('.timeline')).toContainText('met in Almaty on 2 December');
  for (const path of [
    `/commitments/${SLUG}`,
    `/ru/commitments/${SLUG}`,
    `/api/v1/commitments/${SLUG}`,
    '/api/v1/commitments?per_page=100',
    '/feeds/updates.atom',
    '/',
  ]) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(EMAIL);
    expect(body, path).not.toContain('Читатель Е2Е');
  }
});

test('the editors’ copy of a reader’s file is for editors only', async ({ request }) => {
  const anonymous = await request.get('/editor/suggestions/1/file', { maxRedirects: 0 });
  expect([302, 303, 307, 401]).toContain(anonymous.status());
});
