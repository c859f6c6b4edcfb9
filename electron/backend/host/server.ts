import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Result } from '../../../shared/api/errors';
import type { Backend, BackendOptions, Platform } from '../types';
import { SECURITY_HEADERS, contentDisposition } from './headers';
import { mimeType, resolveStaticPath } from './static-files';
import { createChromiumPrinter } from './pdf';

/** Largest JSON body accepted: imports carry whole files as base64 (200 MB decoded). */
export const MAX_BODY_BYTES = 300 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;

export interface HostOptions {
  /** 0 or undefined: a free port. */
  port?: number;
  dataDir: string;
  /** A `.lapimurto` file or JSON package to import at start; the URL then opens that workshop. */
  open?: string;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** For tests: build the backend some other way. */
  backendFactory?: (options: BackendOptions) => Backend;
  appVersion?: string;
  /** Test-only: presentation time runs this many times faster (BackendOptions.timeScale). */
  timeScale?: number;
}

export interface RunningHost {
  /** `http://127.0.0.1:PORT/`, plus `?workshop=<id>` when `open` was imported. */
  url: string;
  origin: string;
  port: number;
  backend: Backend;
  /** Set when `open` failed to import (the host still runs). */
  openError?: Result<unknown>;
  close(): Promise<void>;
}

/** How an export reaches the user in the browser: a download link served by this host. */
export function hostPlatform(): Platform {
  return {
    async saveFile({ token }) {
      return { kind: 'download', url: '/api/download/' + encodeURIComponent(token) };
    },
  };
}

function failure(code: 'invalidInput' | 'tooLarge' | 'internal', detail: string): Result<never> {
  return { ok: false, error: { code, key: `errors.code.${code}`, detail } };
}

function sendJson(res: ServerResponse, body: unknown, status = 200): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

type BodyOutcome = { ok: true; text: string } | { ok: false; tooLarge: true };

function readBody(req: IncomingMessage, limit: number): Promise<BodyOutcome> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(over ? { ok: false, tooLarge: true } : { ok: true, text: Buffer.concat(chunks).toString('utf8') }),
    );
    req.on('error', reject);
  });
}

export interface HandlerOptions {
  rendererDir: string;
  /** `host:port` values accepted in the Host header (DNS-rebinding guard); filled in once the port is known. */
  allowedHosts: Set<string>;
  /** Allowed Origin header values for API calls (CSRF guard). */
  allowedOrigins: Set<string>;
  onSse?: (res: ServerResponse) => void;
}

/** The request handler, apart from the listening server so tests can drive it with any backend. */
export function createRequestHandler(backend: Backend, options: HandlerOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const host = req.headers.host ?? '';
      if (!options.allowedHosts.has(host)) {
        sendText(res, 421, 'Misdirected request');
        return;
      }
      const url = new URL(req.url ?? '/', 'http://' + host);
      const path = url.pathname;

      if (path.startsWith('/api/')) {
        const origin = req.headers.origin;
        if (origin !== undefined && !options.allowedOrigins.has(origin)) {
          sendText(res, 403, 'Forbidden origin');
          return;
        }
        if (path === '/api/events' && req.method === 'GET') return serveEvents(backend, req, res, options.onSse);
        if (path.startsWith('/api/download/') && (req.method === 'GET' || req.method === 'HEAD')) {
          return serveDownload(backend, decodeSegment(path.slice('/api/download/'.length)), req, res);
        }
        if (req.method === 'POST') return serveCall(backend, decodeSegment(path.slice('/api/'.length)), req, res);
        sendText(res, 405, 'Method not allowed');
        return;
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendText(res, 405, 'Method not allowed');
        return;
      }
      const file = resolveStaticPath(options.rendererDir, path);
      if (!file) {
        sendText(res, 404, 'Not found');
        return;
      }
      let size: number;
      try {
        size = statSync(file).size;
      } catch {
        sendText(res, 404, 'Not found');
        return;
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': mimeType(file),
        'Content-Length': size,
        // Hashed assets may be cached; index.html must be re-read so a rebuild shows up.
        'Cache-Control': file.endsWith('.html') ? 'no-cache' : 'public, max-age=3600',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (err) {
      if (!res.headersSent) sendJson(res, failure('internal', err instanceof Error ? err.message : String(err)));
      else res.destroy();
    }
  };
}

function decodeSegment(s: string): string | null {
  if (s.includes('/')) return null;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

async function serveCall(
  backend: Backend,
  method: string | null,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // A JSON content type makes a cross-site form post impossible without a CORS preflight, which this host never grants.
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) return sendJson(res, failure('tooLarge', `request body over ${MAX_BODY_BYTES} bytes`));
  if (type !== 'application/json')
    return sendJson(res, failure('invalidInput', 'Content-Type must be application/json'));
  if (!method) return sendJson(res, failure('invalidInput', 'malformed method name'));
  let input: unknown = {};
  if (body.text.trim() !== '') {
    try {
      input = JSON.parse(body.text);
    } catch (err) {
      return sendJson(
        res,
        failure('invalidInput', 'malformed JSON: ' + (err instanceof Error ? err.message : String(err))),
      );
    }
  }
  let result: Result<unknown>;
  try {
    result = await backend.dispatch(method, input);
  } catch (err) {
    // dispatch promises never to throw; if it does, the caller still gets a Result.
    result = failure('internal', err instanceof Error ? err.message : String(err));
  }
  sendJson(res, result);
}

function serveEvents(
  backend: Backend,
  req: IncomingMessage,
  res: ServerResponse,
  onSse?: (res: ServerResponse) => void,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
    'X-Content-Type-Options': 'nosniff',
  });
  res.write('retry: 2000\n: connected\n\n');
  const unsubscribe = backend.onEvent((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
  onSse?.(res);
}

function serveDownload(backend: Backend, token: string | null, req: IncomingMessage, res: ServerResponse): void {
  const record = token ? backend.exportedFile(token) : undefined;
  if (!record) return sendText(res, 404, 'Not found');
  let size: number;
  try {
    size = statSync(record.path).size;
  } catch {
    return sendText(res, 404, 'Not found');
  }
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': mimeType(record.fileName),
    'Content-Length': size,
    'Content-Disposition': contentDisposition(record.fileName || basename(record.path)),
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(record.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Runs the backend behind node:http on 127.0.0.1: the built renderer, `POST /api/:method`, `GET /api/events` (SSE)
 * and `GET /api/download/:token`. Used by e2e tests and `npm run dev:web`.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  // Loaded lazily so this module (and its unit tests) do not pull in SQLite until a real backend is wanted.
  const factory = options.backendFactory ?? (await import('../index')).createBackend;
  let origin = '';
  const printer = createChromiumPrinter(() => origin);
  const backend = factory({
    dataDir: options.dataDir,
    shell: 'web',
    platform: { ...hostPlatform(), printToPdf: printer.printToPdf },
    ...(options.appVersion ? { appVersion: options.appVersion } : {}),
    ...(options.timeScale ? { timeScale: options.timeScale } : {}),
  });
  const allowedHosts = new Set<string>();
  const allowedOrigins = new Set<string>();
  const sseResponses = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const handler = createRequestHandler(backend, {
    rendererDir: options.rendererDir,
    allowedHosts,
    allowedOrigins,
    onSse: (res) => {
      sseResponses.add(res);
      res.on('close', () => sseResponses.delete(res));
    },
  });
  const server = createServer({ requestTimeout: 0 }, (req, res) => void handler(req, res));
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (err) {
    backend.close();
    throw err;
  }
  for (const h of [`127.0.0.1:${port}`, `localhost:${port}`]) {
    allowedHosts.add(h);
    allowedOrigins.add(`http://${h}`);
  }
  origin = `http://127.0.0.1:${port}`;
  let url = origin + '/';
  let openError: Result<unknown> | undefined;
  if (options.open) {
    const imported = await backend.importPath(options.open);
    if (imported.ok) url += '?workshop=' + encodeURIComponent(imported.value.id);
    else openError = imported;
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= new Promise<void>((resolve) => {
      for (const res of sseResponses) res.end();
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    })
      .then(() => printer.close())
      .finally(() => backend.close()));

  return { url, origin, port, backend, ...(openError ? { openError } : {}), close };
}
