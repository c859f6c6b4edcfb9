import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../../electron/backend/host/headers';
import { startHost, type RunningHost } from '../../../electron/backend/host/server';
import { resolveStaticPath } from '../../../electron/backend/host/static-files';
import { createAppProtocolHandler } from '../../../electron/main/protocol';
import { fakeBackend } from './fake-backend';

let root: string;
let rendererDir: string;
let host: RunningHost;
let backend: ReturnType<typeof fakeBackend>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'lapimurto-host-'));
  rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(rendererDir, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(root, 'secret.txt'), 'secret');
  writeFileSync(join(root, 'export.xlsx'), 'XLSX-BYTES');
  backend = fakeBackend({ tok1: { token: 'tok1', path: join(root, 'export.xlsx'), fileName: 'Työpaja ö.xlsx' } });
  host = await startHost({
    port: 0,
    dataDir: join(root, 'data'),
    rendererDir,
    open: join(root, 'x.lapimurto'),
    backendFactory: () => backend,
  });
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

/** Raw request, so paths like /../ reach the server unnormalised and headers can be forged. */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: host.port, path, method: opts.method ?? 'GET', headers: opts.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              body: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      if (opts.body !== undefined) req.write(opts.body);
      req.end();
    },
  );
}

const post = (method: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  raw('/api/' + method, { method: 'POST', headers, body });

describe('node host', () => {
  it('listens on 127.0.0.1 and opens the imported workshop', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?workshop=w1`);
  });

  it('serves the renderer with CSP and MIME types', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toBe(CSP);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    const js = await raw('/assets/app.js');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['x-content-type-options']).toBe('nosniff');
    expect((await raw('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await raw('/workshop/abc')).body).toContain('<title>x</title>');
    expect((await raw('/assets/missing.js')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00',
    '/.env',
  ])('refuses traversal %s', async (path) => {
    const r = await raw(path);
    expect(r.body).not.toBe('secret');
    expect(r.status === 404 || r.status === 400).toBe(true);
  });

  it('rejects foreign Host headers (DNS rebinding) and foreign origins', async () => {
    expect((await raw('/', { headers: { host: 'evil.example:80' } })).status).toBe(421);
    const r = await post('library.list', '{}', { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(r.status).toBe(403);
    expect(backend.calls.some((c) => c.method === 'library.list')).toBe(false);
  });

  it('POST /api/:method dispatches and answers 200 with the Result', async () => {
    const r = await post('teams.create', JSON.stringify({ workshopId: 'w', team: { name: 'Tiimi Ä' } }), {
      'content-type': 'application/json; charset=utf-8',
      origin: host.origin,
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      ok: true,
      value: { method: 'teams.create', input: { workshopId: 'w', team: { name: 'Tiimi Ä' } } },
    });
    const empty = await post('library.list', '');
    expect(JSON.parse(empty.body)).toEqual({ ok: true, value: { method: 'library.list', input: {} } });
  });

  it('malformed JSON and a wrong content type are typed invalidInput Results', async () => {
    const bad = await post('library.list', '{"oops');
    expect(bad.status).toBe(200);
    expect(JSON.parse(bad.body)).toMatchObject({
      ok: false,
      error: { code: 'invalidInput', key: 'errors.code.invalidInput' },
    });
    const form = await post('library.list', '{}', { 'content-type': 'text/plain' });
    expect(JSON.parse(form.body)).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect((await raw('/api/library.list')).status).toBe(405);
  });

  it('a throwing dispatch still answers with a Result', async () => {
    const r = await post('boom', '{}');
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('streams events over SSE and unsubscribes when the client leaves', async () => {
    const before = backend.listenerCount();
    const received = await new Promise<string>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port: host.port, path: '/api/events' }, (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        let text = '';
        res.on('data', (c: Buffer) => {
          text += c.toString('utf8');
          if (text.includes(': connected')) {
            if (!text.includes('data:')) backend.emit({ type: 'workshop.changed', workshopId: 'w1', revision: 3 });
          }
          if (text.includes('data:') && text.endsWith('\n\n')) {
            req.destroy();
            resolve(text);
          }
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(received).toContain('data: {"type":"workshop.changed","workshopId":"w1","revision":3}\n\n');
    await new Promise((r) => setTimeout(r, 100));
    expect(backend.listenerCount()).toBe(before);
  });

  it('downloads an export as an attachment with an RFC 5987 name', async () => {
    const r = await raw('/api/download/tok1');
    expect(r.status).toBe(200);
    expect(r.body).toBe('XLSX-BYTES');
    expect(r.headers['content-disposition']).toBe(
      `attachment; filename="Tyopaja o.xlsx"; filename*=UTF-8''Ty%C3%B6paja%20%C3%B6.xlsx`,
    );
    expect(r.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await raw('/api/download/nope')).status).toBe(404);
  });

  it('answers a too-large body with a tooLarge Result', async () => {
    const r = await raw('/api/library.importFile', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(400 * 1024 * 1024) },
    }).catch(() => undefined);
    // The server answers before the (never sent) body arrives.
    expect(r).toBeDefined();
    if (r) expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'tooLarge' } });
  });
});

describe('startHost close', () => {
  it('closes the backend and open SSE streams', async () => {
    const b = fakeBackend();
    const h = await startHost({ port: 0, dataDir: join(root, 'd2'), rendererDir, backendFactory: () => b });
    const ended = new Promise<void>((resolve) => {
      httpRequest({ host: '127.0.0.1', port: h.port, path: '/api/events' }, (res) => {
        res.on('data', () => undefined);
        res.on('close', () => resolve());
      }).end();
    });
    await new Promise((r) => setTimeout(r, 50));
    await h.close();
    await ended;
    expect(b.closedCount()).toBe(1);
    const saved = await (
      await import('../../../electron/backend/host/server')
    )
      .hostPlatform()
      .saveFile({ token: 'a/b', tempPath: '', fileName: '' });
    expect(saved).toEqual({ kind: 'download', url: '/api/download/a%2Fb' });
  });
});

describe('static resolution and the app:// protocol', () => {
  it('resolves inside the root only', () => {
    expect(resolveStaticPath(rendererDir, '/')).toBe(join(rendererDir, 'index.html'));
    expect(resolveStaticPath(rendererDir, '/assets/app.js')).toBe(join(rendererDir, 'assets', 'app.js'));
    expect(resolveStaticPath(rendererDir, '/../secret.txt')).toBeNull();
    expect(resolveStaticPath(rendererDir, '/%E0%A4%A')).toBeNull();
  });

  it('serves app://lapimurto files with CSP and refuses other hosts', async () => {
    const handle = createAppProtocolHandler(rendererDir);
    const ok = await handle({ url: 'app://lapimurto/assets/app.js' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CSP);
    expect(await ok.text()).toBe('console.log(1)');
    expect((await handle({ url: 'app://other/index.html' })).status).toBe(404);
    expect((await handle({ url: 'app://lapimurto/../secret.txt' })).status).toBe(404);
    expect((await handle({ url: 'app://lapimurto/%2e%2e/secret.txt' })).status).toBe(404);
    expect((await handle({ url: 'app://lapimurto/index.html', method: 'POST' })).status).toBe(405);
  });
});
