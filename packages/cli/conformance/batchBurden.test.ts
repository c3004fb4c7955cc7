import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wholeBodyPetPhantom } from '@caliper/engine/testing/wholeBodyPetPhantom';
import { writePetPhantom } from './burdenFixtures';
import { runCaliper } from './helpers';

// `caliper batch --task burden` on two synthetic whole-body FDG PETs, one without PatientWeight
// (SUV not computable: a failed item with the reason, the other completes).
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-burden-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const FDG = { text: 'FDG -- fluorodeoxyglucose', code: ['35321007', 'SCT', 'Fluorodeoxyglucose F^18^'], nuclide: ['77004003', 'SCT', '^18^Fluorine'], halfLifeS: 6586.2 } as const;

describe('caliper batch --task burden', () => {
  it('each document = `caliper burden --json`; lesions and totals in the table; SUV not computable is a failed row', async () => {
    const fdg = wholeBodyPetPhantom('FDG');
    writePetPhantom(path.join(tmp, 'pet1'), fdg, { uid: '2.25.991001', tracer: FDG });
    writePetPhantom(path.join(tmp, 'pet2'), fdg, { uid: '2.25.991002', tracer: FDG, weightKg: null });
    const manifest = path.join(tmp, 'pet.csv');
    writeFileSync(manifest, 'path,patient,timepoint\npet1,A,base\npet2,B,base\n');
    const r = await runCaliper(['batch', manifest, '--task', 'burden', '--method', 'suv4', '--out', path.join(tmp, 'out'), '--json']);
    expect(r.code, r.stderr).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ total: 2, ok: 1, failed: 1 });
    const single = await runCaliper(['burden', path.join(tmp, 'pet1'), '--method', 'suv4', '--json']);
    const failed = await runCaliper(['burden', path.join(tmp, 'pet2'), '--method', 'suv4', '--json']);
    expect(s.failures).toEqual([{ key: 'B/base', error: JSON.parse(failed.stdout).error }]);
    const items = path.join(tmp, 'out', 'items');
    const doc = readdirSync(items).find((f) => f.startsWith('A_base-') && /-[0-9a-f]{8}\.json$/.test(f))!;
    expect(readFileSync(path.join(items, doc), 'utf8')).toBe(single.stdout);
    const report = JSON.parse(single.stdout);
    const csv = readFileSync(path.join(tmp, 'out', 'table.csv'), 'utf8');
    expect(csv).toContain(`A/base,A,base,burden,total,lesionCount,${report.totals.lesionCount},,lesions,ok,`);
    expect(csv).toContain(`A/base,A,base,burden,lesion-1,suvMax,${report.lesions[0].suvMax},,SUVbw,ok,`);
    expect(csv.split('\n').filter((l) => l.startsWith('B/base,'))).toEqual([expect.stringMatching(/^B\/base,B,base,burden,total,,,,,failed,/)]);
  });
});
