import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../electron/backend';
import type { PdfRequest } from '../../../electron/backend/types';
import { createChromiumPrinter } from '../../../electron/backend/host/pdf';
import { createClient, type Client } from '../../../shared/api/client';
import { ApiFailure } from '../../../shared/api/errors';
import { parseStoryboardPrintHash } from '../../../shared/storyboard/print';
import { apiError as failure, inProcessTransport, makeTempDir } from '../../helpers/backend';

const PDF = new TextEncoder().encode('%PDF-1.7\n% a storyboard\n');

let open: { backend: Backend; dir: string }[] = [];
afterEach(() => {
  for (const o of open) {
    o.backend.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
  open = [];
});

function start(printToPdf?: (r: PdfRequest) => Promise<Uint8Array>): Client {
  const dir = makeTempDir();
  const backend = createBackend({
    dataDir: dir,
    shell: 'test',
    platform: {
      saveFile: async ({ tempPath }) => ({ kind: 'saved', path: tempPath }),
      ...(printToPdf ? { printToPdf } : {}),
    },
  });
  open.push({ backend, dir });
  return createClient(inProcessTransport(backend));
}

async function teamIn(client: Client) {
  const { id: workshopId } = await client.call('library.create', { title: 'Työpaja' });
  const { id: teamId } = await client.call('teams.create', { workshopId, team: { name: 'Nuorten polku / Tampere' } });
  return { workshopId, teamId };
}

describe('storyboard.exportPdf', () => {
  it("prints the renderer's print page through the shell and saves the PDF as an export named for the team and paper", async () => {
    const requests: PdfRequest[] = [];
    const client = start(async (r) => {
      requests.push(r);
      return PDF;
    });
    const { workshopId, teamId } = await teamIn(client);
    const file = await client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A3' });
    expect(file.fileName).toBe('Tarinataulu Nuorten polku Tampere A3.pdf');
    expect(file.bytes).toBe(PDF.length);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ pageSize: 'A3', landscape: true });
    expect(parseStoryboardPrintHash(requests[0]!.route)).toEqual({ workshopId, teamId, pageSize: 'A3', lang: 'fi' });
    const saved = await client.call('files.save', { token: file.token });
    expect(saved.kind).toBe('saved');
    expect(readFileSync((saved as { path: string }).path)).toEqual(Buffer.from(PDF));
  });

  it('names the file and asks for the page in the language the coach uses', async () => {
    const requests: PdfRequest[] = [];
    const client = start(async (r) => {
      requests.push(r);
      return PDF;
    });
    await client.call('settings.set', { language: 'sv' });
    const { workshopId, teamId } = await teamIn(client);
    const file = await client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A4' });
    expect(file.fileName).toBe('Storyboard Nuorten polku Tampere A4.pdf');
    expect(parseStoryboardPrintHash(requests[0]!.route)?.lang).toBe('sv');
  });

  it('says calmly that PDF is not available in a shell that cannot print (the CLI)', async () => {
    const client = start();
    const { workshopId, teamId } = await teamIn(client);
    expect(await failure(client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A4' }))).toMatchObject({
      code: 'io',
      key: 'storyboard.errors.pdfUnavailable',
    });
  });

  it('never hands over a file when printing fails or returns something other than a PDF', async () => {
    for (const printer of [
      async () => new TextEncoder().encode('<html>error</html>'),
      async () => new Uint8Array(),
      async (): Promise<Uint8Array> => Promise.reject(new Error('renderer crashed')),
    ]) {
      const client = start(printer);
      const { workshopId, teamId } = await teamIn(client);
      expect(await failure(client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A4' }))).toMatchObject({
        code: 'io',
        key: 'storyboard.errors.pdfFailed',
      });
    }
  });

  it('refuses a storyboard with personal data, printing and writing nothing, and prints it masked when asked', async () => {
    const requests: PdfRequest[] = [];
    const client = start(async (r) => {
      requests.push(r);
      return PDF;
    });
    const { workshopId, teamId } = await teamIn(client);
    await client.call('members.create', {
      workshopId,
      teamId,
      member: { name: 'Liisa', role: 'client-rep', organisation: 'p. 040.123.4567' },
    });
    await client.call('teams.update', { workshopId, id: teamId, patch: { aim: 'Yhteys: liisa(at)example.fi' } });
    expect(await failure(client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A4' }))).toMatchObject({
      code: 'invalidInput',
      key: 'storyboard.errors.personalData',
      params: { count: 2 },
    });
    expect(requests).toHaveLength(0);

    const file = await client.call('storyboard.exportPdf', {
      workshopId,
      teamId,
      pageSize: 'A4',
      maskPersonalData: true,
    });
    expect(parseStoryboardPrintHash(requests[0]!.route)).toEqual({
      workshopId,
      teamId,
      pageSize: 'A4',
      lang: 'fi',
      masked: true,
    });
    expect(file.fileName).toBe('Tarinataulu Nuorten polku Tampere A4.pdf');
  });

  it('looks only at what the storyboard shows: another team’s phone number does not stop it', async () => {
    const client = start(async () => PDF);
    const { workshopId, teamId } = await teamIn(client);
    const { id: other } = await client.call('teams.create', { workshopId, team: { name: 'Toinen tiimi' } });
    await client.call('members.create', {
      workshopId,
      teamId: other,
      member: { name: 'Pekka', role: 'professional', organisation: '040/1234567' },
    });
    await client.call('round.update', { workshopId, patch: { notes: 'Koordinaattori 050 765 4321' } });
    const file = await client.call('storyboard.exportPdf', { workshopId, teamId, pageSize: 'A3' });
    expect(file.bytes).toBe(PDF.length);
  });

  it('refuses an unknown team, a bad paper size and a bad id before printing anything', async () => {
    let printed = 0;
    const client = start(async () => {
      printed++;
      return PDF;
    });
    const { workshopId } = await teamIn(client);
    expect(
      await failure(client.call('storyboard.exportPdf', { workshopId, teamId: 'no-such-team', pageSize: 'A4' })),
    ).toMatchObject({ key: 'errors.notFound.team' });
    expect(
      await failure(client.call('storyboard.exportPdf', { workshopId, teamId: 'x', pageSize: 'A5' as 'A4' })),
    ).toMatchObject({ code: 'invalidInput' });
    expect(
      await failure(client.call('storyboard.exportPdf', { workshopId, teamId: '../../etc', pageSize: 'A4' })),
    ).toMatchObject({ code: 'invalidInput' });
    expect(printed).toBe(0);
  });
});

/** A fake playwright-core: records what the printer did. */
function fakeChromium(opts: { launchFails?: boolean; pageError?: string } = {}) {
  const log: string[] = [];
  const launcher = {
    async launch(o: { executablePath?: string; args: string[] }) {
      log.push(`launch ${o.args.join(' ')}`);
      if (opts.launchFails) throw new Error('no chromium');
      return {
        async newContext() {
          return {
            async newPage() {
              return {
                goto: async (url: string) => void log.push(`goto ${url}`),
                waitForSelector: async (sel: string) => void log.push(`wait ${sel}`),
                evaluate: async () => opts.pageError ?? null,
                pdf: async (o: { format: string; landscape: boolean; preferCSSPageSize: boolean }) => {
                  log.push(`pdf ${o.format} ${o.landscape} ${o.preferCSSPageSize}`);
                  return PDF;
                },
              };
            },
            close: async () => void log.push('context closed'),
          };
        },
        close: async () => void log.push('browser closed'),
      };
    },
  };
  return { launcher, log };
}

describe('the browser host printer', () => {
  const request: PdfRequest = { route: '#/print/storyboard/w/t/A4/fi', pageSize: 'A4', landscape: true };

  it('opens the host page, waits for it and prints it; one browser serves every print and closes with the host', async () => {
    const f = fakeChromium();
    const printer = createChromiumPrinter(
      () => 'http://127.0.0.1:5000',
      async () => f.launcher,
    );
    expect(await printer.printToPdf(request)).toEqual(PDF);
    expect(await printer.printToPdf(request)).toEqual(PDF);
    await printer.close();
    expect(f.log.filter((l) => l.startsWith('launch'))).toHaveLength(1);
    expect(f.log).toContain('goto http://127.0.0.1:5000/#/print/storyboard/w/t/A4/fi');
    expect(f.log).toContain('wait html[data-print-ready], html[data-print-error]');
    expect(f.log).toContain('pdf A4 true true');
    expect(f.log.filter((l) => l === 'context closed')).toHaveLength(2);
    expect(f.log[f.log.length - 1]).toBe('browser closed');
  });

  it('is "not available here" without playwright-core or Chromium, and tries again next time', async () => {
    let attempts = 0;
    const missing = createChromiumPrinter(
      () => 'http://127.0.0.1:5000',
      async () => {
        attempts++;
        throw new Error("Cannot find package 'playwright-core'");
      },
    );
    await expect(missing.printToPdf(request)).rejects.toMatchObject({ key: 'storyboard.errors.pdfUnavailable' });
    await expect(missing.printToPdf(request)).rejects.toBeInstanceOf(ApiFailure);
    expect(attempts).toBe(2);
    const f = fakeChromium({ launchFails: true });
    const broken = createChromiumPrinter(
      () => 'http://127.0.0.1:5000',
      async () => f.launcher,
    );
    await expect(broken.printToPdf(request)).rejects.toMatchObject({ key: 'storyboard.errors.pdfUnavailable' });
  });

  it('fails instead of printing a page that reports it cannot be made, and prints only hash routes', async () => {
    const f = fakeChromium({ pageError: 'storyboard.teamNotFound' });
    const printer = createChromiumPrinter(
      () => 'http://127.0.0.1:5000',
      async () => f.launcher,
    );
    await expect(printer.printToPdf(request)).rejects.toThrow(/storyboard.teamNotFound/);
    expect(f.log.some((l) => l.startsWith('pdf'))).toBe(false);
    expect(f.log).toContain('context closed');
    await expect(printer.printToPdf({ ...request, route: 'http://evil.example/' })).rejects.toMatchObject({
      code: 'invalidInput',
    });
    await printer.close();
  });
});
