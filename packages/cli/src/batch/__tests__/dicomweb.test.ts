import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchWithRetry, searchStudies } from '../dicomweb';

// A tiny QIDO-RS stand-in: 3 studies, paged by limit/offset; /flaky answers 503 twice, then 200.
let server: Server;
let root = '';
const seen: string[] = [];
let flaky = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.url!);
    const u = new URL(req.url!, 'http://x');
    if (u.pathname === '/flaky') {
      res.writeHead(++flaky <= 2 ? 503 : 200).end('[]');
      return;
    }
    if (u.pathname === '/gone') {
      res.writeHead(404).end();
      return;
    }
    const all = ['1.1', '1.2', '1.3'].map((v) => ({ '0020000D': { vr: 'UI', Value: [v] } }));
    const off = Number(u.searchParams.get('offset') ?? 0);
    const lim = Number(u.searchParams.get('limit') ?? 100);
    res.writeHead(200, { 'Content-Type': 'application/dicom+json' }).end(JSON.stringify(all.slice(off, off + lim)));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  root = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('DICOMweb client of caliper batch', () => {
  it('searchStudies pages with limit/offset until a short page', async () => {
    seen.length = 0;
    expect(await searchStudies(root, 'ModalitiesInStudy=CT', 1, 2)).toEqual(['1.1', '1.2', '1.3']);
    expect(seen).toEqual(['/studies?ModalitiesInStudy=CT&limit=2&offset=0', '/studies?ModalitiesInStudy=CT&limit=2&offset=2']);
  });
  it("a query's own limit is one request", async () => {
    seen.length = 0;
    expect(await searchStudies(root, 'limit=1', 1, 2)).toEqual(['1.1']);
    expect(seen).toEqual(['/studies?limit=1']);
  });
  it('5xx is retried, 4xx is not', async () => {
    expect((await fetchWithRetry(`${root}/flaky`, '*/*', 3)).status).toBe(200);
    seen.length = 0;
    await expect(fetchWithRetry(`${root}/gone`, '*/*', 3)).rejects.toThrow(`DICOMweb ${root}/gone: HTTP 404 Not Found (1 attempt)`);
    expect(seen).toHaveLength(1);
  });
});
