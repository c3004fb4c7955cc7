import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateStudy, testConfig } from '@caliper/phantoms';
import { runCaliper } from './helpers';

// `caliper batch --task adc` on the phantom study's DWI (b = 0, 50, 400, 800 s/mm²): the map series
// is written beside the item's document, which is `caliper adc --json`'s for that folder.
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-adc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('caliper batch --task adc', () => {
  it('writes the ADC series per item; the document has the b-values and the fit; the table lists them', async () => {
    generateStudy(testConfig(7), 0, (rel, bytes) => {
      const f = path.join(tmp, 'study', rel);
      mkdirSync(path.dirname(f), { recursive: true });
      writeFileSync(f, bytes);
    });
    const manifest = path.join(tmp, 'dwi.json');
    writeFileSync(manifest, JSON.stringify([{ id: 'phantom-dwi', path: 'study/baseline/dwi' }]));
    const r = await runCaliper(['batch', manifest, '--task', 'adc', '--out', path.join(tmp, 'out'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const items = path.join(tmp, 'out', 'items');
    const docFile = readdirSync(items).find((f) => /^phantom-dwi-[0-9a-f]{8}\.json$/.test(f))!;
    const doc = JSON.parse(readFileSync(path.join(items, docFile), 'utf8'));
    expect(doc).toMatchObject({ out: path.join(items, docFile.replace(/\.json$/, '.adc')), bValues: [0, 50, 400, 800], unit: '10^-6 mm2/s' });
    expect(readdirSync(doc.out)).toHaveLength(doc.files.length);
    // The same command by hand into another folder gives the same document but for its paths.
    const single = await runCaliper(['adc', path.join(tmp, 'study/baseline/dwi'), '--out', path.join(tmp, 'by-hand'), '--json']);
    const hand = JSON.parse(single.stdout);
    expect({ ...hand, out: null, files: hand.files.length }).toEqual({ ...doc, out: null, files: doc.files.length });
    expect(readFileSync(path.join(tmp, 'out', 'table.csv'), 'utf8')).toContain(`phantom-dwi,,,adc,series,bValues,,0;50;400;800,,ok,`);
  });
});
