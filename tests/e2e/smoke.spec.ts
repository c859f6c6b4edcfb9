import { test, expect } from './fixtures';
import { expectNoSeriousA11yViolations } from './helpers/axe';

test('the app loads from the host, talks to the backend and passes axe', async ({ page, host }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // No console error at all (frame-ancestors is in the header only, so Chromium has nothing to complain about).
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });

  const response = await page.goto(host.url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page).toHaveTitle(/Läpimurtostudio/);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();

  const info = await page.evaluate(async () => {
    const r = await fetch('/api/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return r.json();
  });
  expect(info).toMatchObject({ ok: true, value: { shell: 'web', dataDir: host.dataDir } });

  await expectNoSeriousA11yViolations(page);
  expect(problems).toEqual([]);
});

test('the library survives a graceful restart and a crash of the host', async ({ request, host }) => {
  const call = async (method: string, input: unknown) => {
    const r = await request.post(`/api/${method}`, { data: input });
    expect(r.status()).toBe(200);
    return (await r.json()) as { ok: boolean; value?: unknown; error?: unknown };
  };
  const created = await call('library.create', { title: 'Käynnistystesti' });
  expect(created.ok).toBe(true);

  await host.restart();
  let list = await call('library.list', {});
  expect(list.value).toEqual([expect.objectContaining({ title: 'Käynnistystesti' })]);

  await host.kill();
  await host.restart();
  list = await call('library.list', {});
  expect(list.value).toEqual([expect.objectContaining({ title: 'Käynnistystesti' })]);
});
