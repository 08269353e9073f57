/**
 * The shell in Chromium with JavaScript on: each role's start page after signing in, a stale
 * save (409) and an ended session (401) showing their message in place, and a new sign-in that
 * returns to the form with what was typed.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, type RegistryFixture, registryFixture } from '../../support/auth';
import { launchBrowser } from '../../support/browser';
import { startTestServer } from '../../support/server';

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
let fx: RegistryFixture;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startTestServer()]);
  fx = await registryFixture(server.db);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh browser profile signed in through the form; console errors are collected. */
async function signIn(email: string, path = '/login') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const console: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') console.push(m.text());
  });
  page.on('pageerror', (e) => console.push(e.message));
  await page.goto(`${server.url}${path}`);
  await fillSignIn(page, email);
  return { context, page, console };
}

async function fillSignIn(page: Page, email: string) {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', PASSWORD);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith('/login')),
    page.click('form.stack button[type=submit]'),
  ]);
}

describe('the shell with JavaScript on', () => {
  it('starts each role where its work is', async () => {
    for (const [email, path, heading] of [
      [fx.owner.user.email, '/saya', 'main h1'],
      [fx.reviewer.user.email, '/penilaian', 'main h1'],
      [fx.admin.user.email, '/admin', 'main h1'],
    ] as const) {
      const { context, page, console } = await signIn(email);
      expect(new URL(page.url()).pathname).toBe(path);
      const h1 = await page.textContent(heading);
      expect(h1).not.toContain('Tidak diizinkan');
      expect(h1).not.toContain('tanpa instansi');
      expect(console).toEqual([]);
      await context.close();
    }
  }, 60_000);

  it('a stale save (409) shows what changed meanwhile and keeps the input', async () => {
    const { context, page, console } = await signIn(fx.owner.user.email);
    await page.goto(`${server.url}/aplikasi/${fx.active.id}/ubah`);
    await page.fill('textarea[name=description]', 'Naskah dinas, disposisi dan arsip — versi saya');
    // Someone else saves meanwhile.
    await server.db.$client.execute({
      sql: "update applications set description = 'Diubah rekan', version = version + 1 where id = ?",
      args: [fx.active.id],
    });
    await page.click('#app-form button[type=submit]');
    const notice = page.locator('.notice.warn');
    await notice.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await notice.textContent()).toContain('telah diubah orang lain');
    expect(await notice.textContent()).toContain('Diubah rekan');
    expect(await page.inputValue('textarea[name=description]')).toBe(
      'Naskah dinas, disposisi dan arsip — versi saya',
    );
    expect(console.filter((m) => m.includes('Response Status Error'))).toEqual([]);
    await context.close();
  }, 60_000);

  it('an ended session shows a sign-in link that returns to the form with what was typed', async () => {
    const { context, page } = await signIn(fx.owner.user.email);
    const formPath = `/aplikasi/${fx.active.id}/ubah`;
    await page.goto(`${server.url}${formPath}`);
    const typed = 'Surat masuk dan keluar, ditulis sebelum sesi berakhir';
    await page.fill('textarea[name=description]', typed);
    await page.fill('input[name=contactName]', 'Bagian Umum');
    // The session ends (expired, or signed out elsewhere) while the form is open.
    await server.db.$client.execute({
      sql: 'delete from sessions where user_id = ?',
      args: [fx.owner.user.id],
    });
    await page.click('#app-form button[type=submit]');
    const region = page.locator('.js-error');
    await region.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await region.getAttribute('role')).toBe('alert');
    expect(await region.textContent()).toContain('Sesi Anda telah berakhir');
    // Nothing was lost on screen.
    expect(new URL(page.url()).pathname).toBe(formPath);
    expect(await page.inputValue('textarea[name=description]')).toBe(typed);
    const link = region.locator('a', { hasText: 'Masuk lagi' });
    expect(await link.getAttribute('href')).toBe(`/login?next=${encodeURIComponent(formPath)}`);
    await link.click();
    await page.waitForURL((u) => u.pathname === '/login');
    await fillSignIn(page, fx.owner.user.email);
    expect(new URL(page.url()).pathname).toBe(formPath);
    await page.locator('.notice.ok', { hasText: 'dikembalikan' }).waitFor({ timeout: 10_000 });
    expect(await page.inputValue('textarea[name=description]')).toBe(typed);
    expect(await page.inputValue('input[name=contactName]')).toBe('Bagian Umum');
    // And it saves now.
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/aplikasi/${fx.active.id}`),
      page.click('#app-form button[type=submit]'),
    ]);
    expect(await page.textContent('main')).toContain(typed);
    await context.close();
  }, 60_000);

  it('a forbidden action shows its message in place', async () => {
    const { context, page, console } = await signIn(fx.other.user.email);
    await page.goto(`${server.url}/aplikasi/${fx.active.id}`);
    // Another agency's operator posts to the owner's edit form (e.g. from an old tab).
    await page.evaluate((id) => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = `/aplikasi/${id}/ubah`;
      form.setAttribute('hx-boost', 'true');
      form.innerHTML = '<button type="submit" id="forbidden-post">x</button>';
      document.querySelector('main')?.append(form);
      (window as unknown as { htmx: { process(e: Element): void } }).htmx.process(form);
    }, fx.active.id);
    await page.click('#forbidden-post');
    await page.waitForFunction(
      () => /izin|diizinkan|operator instansi pemilik/i.test(document.body.textContent ?? ''),
      null,
      {
        timeout: 10_000,
      },
    );
    expect(console.filter((m) => m.includes('Response Status Error'))).toEqual([]);
    await context.close();
  }, 60_000);
});
