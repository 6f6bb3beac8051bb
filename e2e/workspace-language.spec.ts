import type { Browser, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { completeSecondFactor } from './second-factor';

// Issue 16: the editor workspace in Russian and Kazakh. A newly invited editor picks Russian
// for themselves; the workspace then speaks Russian to them (menus, pages, forms, the save and
// refusal messages), a refused save keeps what they typed, an update logged in Russian is
// published, and the sign-in page on their browser speaks Russian after they sign out. Other
// editors' workspaces stay as they chose. Kazakh is checked on the same account.

test.describe.configure({ mode: 'serial' });

const ADMIN = { email: 'admin@example.org', password: 'admin-password-for-e2e' };
// A new address per run, so a rerun against the same server invites a new editor.
const EDITOR = { email: `russian.speaking.editor.${Date.now()}@example.org`, password: 'amber walrus orbit quietly 42' };
const SLUG = 'historians-forum';

async function newPage(browser: Browser) {
  return (await browser.newContext()).newPage();
}

async function signInInEnglish(page: Page, who: { email: string; password: string }) {
  await page.goto('/sign-in?next=/editor');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

let editorPage: Page;

test('an invited editor picks Russian and the workspace speaks it to them alone', async ({ page, browser }) => {
  await signInInEnglish(page, ADMIN);
  await completeSecondFactor(page, ADMIN.email);
  await page.goto('/editor/users');
  const invite = page.getByRole('form', { name: 'Invite a user' });
  await invite.getByLabel('Email').fill(EDITOR.email);
  await invite.getByLabel(/^Name/).fill('Айгерим Е2Е');
  await invite.getByLabel('Role').selectOption('editor');
  await invite.getByRole('button', { name: 'Create account' }).click();
  const oneTime = await invite.locator('.secret').innerText();

  editorPage = await newPage(browser);
  const ed = editorPage;
  await signInInEnglish(ed, { email: EDITOR.email, password: oneTime });
  await expect(ed).toHaveURL(/\/editor\/password$/);
  await ed.getByLabel('Current password').fill(oneTime);
  await ed.getByLabel('New password', { exact: true }).fill(EDITOR.password);
  await ed.getByLabel('New password again').fill(EDITOR.password);
  await ed.getByRole('button', { name: 'Change password' }).click();
  await ed.waitForURL((url) => url.pathname === '/editor');

  await ed.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Language' }).click();
  await expect(ed.getByRole('heading', { level: 1, name: 'Workspace language' })).toBeVisible();
  await ed.getByLabel('Language', { exact: true }).selectOption({ label: 'Русский' });
  await ed.getByRole('button', { name: 'Save language' }).click();
  await expect(ed.getByRole('status').filter({ hasText: 'Теперь рабочее место говорит по-русски.' })).toBeVisible();
  await expect(ed.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(ed.getByRole('heading', { level: 1, name: 'Язык рабочего места' })).toBeVisible();
  const nav = ed.getByRole('navigation', { name: 'Рабочее место' });
  await expect(nav.getByRole('link', { name: 'Обязательства' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Выйти' })).toBeVisible();
  await expect(nav).toContainText('(редактор)');
  expect(await axeViolations(ed), 'language page in Russian').toEqual([]);

  // The list of commitments, with its columns and domain labels in Russian.
  await nav.getByRole('link', { name: 'Обязательства' }).click();
  await expect(ed.getByRole('heading', { level: 1, name: 'Рабочее место редактора' })).toBeVisible();
  await expect(ed.getByRole('columnheader', { name: 'Оценка' })).toBeVisible();
  await expect(ed).toHaveTitle(/Рабочее место редактора/);

  // The admin, who never chose a language, still works in English.
  await page.goto('/editor');
  await expect(page.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'Commitments' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('in Russian, a refused save says why in Russian and keeps what was typed; a good one is logged and published', async () => {
  const ed = editorPage;
  await ed.goto(`/editor/commitments/${SLUG}`);
  await expect(ed.getByRole('heading', { name: 'Внести обновление статуса' })).toBeVisible();
  const form = ed.getByRole('form', { name: 'Записать обновление статуса' });
  await form.getByLabel('Примечание').fill('Форум историков провёл заседание; запись на русском для проверки.');
  await form.getByRole('button', { name: 'Записать обновление' }).click();
  await expect(ed.getByRole('alert').filter({ hasText: 'Исправьте отмеченные поля.' })).toBeVisible();
  // The field's own message too: validation speaks the editor's language (lib/server-text.ts).
  await expect(form.getByText('Выберите оценку.')).toBeVisible();
  await expect(form.getByLabel('Примечание')).toHaveValue('Форум историков провёл заседание; запись на русском для проверки.');
  expect(await axeViolations(ed), 'commitment page in Russian after a refusal').toEqual([]);

  await form.getByLabel('Оценка', { exact: true }).selectOption({ label: 'Выполняется' });
  await form.getByRole('button', { name: 'Записать обновление' }).click();
  await expect(ed.getByRole('status').filter({ hasText: 'Обновление записано и опубликовано.' })).toBeVisible();
  // Published: the public page shows the note.
  await ed.goto(`/commitments/${SLUG}`);
  await expect(ed.locator('.timeline')).toContainText('Форум историков провёл заседание');
});

test('the sign-in page on that browser speaks Russian after sign-out; Kazakh works the same way', async () => {
  const ed = editorPage;
  await ed.goto('/editor');
  await ed.getByRole('navigation', { name: 'Рабочее место' }).getByRole('button', { name: 'Выйти' }).click();
  await ed.waitForURL(/\/sign-in\?signed-out=1/);
  await expect(ed.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(ed.getByRole('heading', { level: 1, name: 'Вход для редакторов' })).toBeVisible();
  await ed.getByLabel('Электронная почта').fill(EDITOR.email);
  await ed.getByLabel('Пароль').fill('not the password at all');
  await ed.getByRole('button', { name: 'Войти' }).click();
  await expect(ed.getByRole('alert').filter({ hasText: 'Неверная электронная почта или пароль.' })).toBeVisible();
  await expect(ed.getByLabel('Электронная почта')).toHaveValue(EDITOR.email);
  await ed.getByLabel('Пароль').fill(EDITOR.password);
  await ed.getByRole('button', { name: 'Войти' }).click();
  await ed.waitForURL((url) => url.pathname === '/editor');

  await ed.goto('/editor/language');
  await ed.getByLabel('Язык', { exact: true }).selectOption({ label: 'Қазақша' });
  await ed.getByRole('button', { name: 'Сохранить язык' }).click();
  await expect(ed.getByRole('status').filter({ hasText: 'Енді жұмыс орны қазақ тілінде.' })).toBeVisible();
  await expect(ed.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(ed.getByRole('navigation', { name: 'Жұмыс орны' }).getByRole('link', { name: 'Міндеттемелер' })).toBeVisible();
  await ed.goto(`/editor/commitments/${SLUG}`);
  await expect(ed.getByRole('form', { name: /мәртебе/i })).toBeVisible();
  expect(await axeViolations(ed), 'commitment page in Kazakh').toEqual([]);
});
