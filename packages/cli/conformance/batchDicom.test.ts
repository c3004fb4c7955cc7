import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryOf, parseMultipart } from '@caliper/dicom';
import { importSr } from '@caliper/report';
import { orthancAvailable, startOrthanc } from '../../../e2e/fixtures/orthanc';
import type { OrthancHandle } from '../../../e2e/fixtures/orthanc';
import { writeBatchCohort } from './batchCohort';
import { runCaliper } from './helpers';

// `caliper batch --sr` / `--stow` (issue 17): each item's ROI as a DICOM SEG and its values as a
// TID 1500 SR next to its JSON, checked by reading them back with Caliper's own readers (the SEG
// through `caliper measure --roi mask`, the SR through importSr), dciodvfy, and a real Orthanc.
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-dicom-'));
const cohort = writeBatchCohort(path.join(tmp, 'cohort'), { studies: 4, corrupt: 2 });
const out = (name: string) => path.join(tmp, name);
const json = (s: string) => JSON.parse(s);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DCIODVFY = '/usr/bin/dciodvfy';
const hasDciodvfy = existsSync(DCIODVFY);
if (!hasDciodvfy) console.warn('batchDicom.test.ts: /usr/bin/dciodvfy missing (apt-get install dicom3tools): IOD validation skipped');
const hasOrthanc = orthancAvailable();
if (!hasOrthanc) console.warn('batchDicom.test.ts: Orthanc missing (npm test installs orthanc + orthanc-dicomweb): STOW-RS checks skipped');

interface Meta { key: string; status: string; error: string | null; dicom?: { sr: string; seg: string; srSopInstanceUID: string; segSopInstanceUID: string; storedTo: string | null } }
const metas = (dir: string): Meta[] => readdirSync(path.join(dir, 'items')).filter((f) => f.endsWith('.meta.json')).map((f) => json(readFileSync(path.join(dir, 'items', f), 'utf8')) as Meta).sort((a, b) => (a.key < b.key ? -1 : 1));
const docOf = (dir: string, m: Meta) => json(readFileSync(path.join(dir, 'items', m.dicom!.sr.replace(/\.sr\.dcm$/, '.json')), 'utf8'));

describe('caliper batch --task measure --sr', () => {
  let first: Awaited<ReturnType<typeof runCaliper>>;
  beforeAll(async () => {
    first = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('sr'), '--jobs', '2', '--sr', '--json']);
  });

  it('every measured item has a SEG and an SR next to its JSON; the corrupt study fails without them', () => {
    expect(first.code, first.stderr).toBe(1);
    expect(json(first.stdout)).toMatchObject({ total: 4, ok: 3, failed: 1 });
    const m = metas(out('sr'));
    expect(m.filter((x) => x.status === 'ok').every((x) => x.dicom && existsSync(path.join(out('sr'), 'items', x.dicom.sr)) && existsSync(path.join(out('sr'), 'items', x.dicom.seg)))).toBe(true);
    expect(m.find((x) => x.key === 'P003/baseline')).toMatchObject({ status: 'failed' });
    expect(m.find((x) => x.key === 'P003/baseline')!.dicom).toBeUndefined();
  });

  it('the SEG holds exactly the voxels measured: `caliper measure` on the SEG segment gives the same document values', async () => {
    const m = metas(out('sr')).find((x) => x.key === 'P002/baseline')!;
    const doc = docOf(out('sr'), m);
    const roi = path.join(tmp, 'seg-roi.json');
    writeFileSync(roi, JSON.stringify({ type: 'mask', path: path.join(out('sr'), 'items', m.dicom!.seg), segment: 1 }));
    const again = await runCaliper(['measure', cohort.studies[1].dir, '--roi', roi, '--json']);
    expect(again.code, again.stderr).toBe(0);
    const d = json(again.stdout);
    expect(d.voxelCount).toBe(doc.voxelCount);
    expect(d.mean).toBe(doc.mean);
    expect(d.max).toBe(cohort.studies[1].lesionHu);
  });

  it('the SR is a TID 1500 report of the study with the document values, the lesion named after item and ROI', () => {
    const m = metas(out('sr')).find((x) => x.key === 'P002/baseline')!;
    const doc = docOf(out('sr'), m);
    const sr = importSr(new Uint8Array(readFileSync(path.join(out('sr'), 'items', m.dicom!.sr))));
    expect(sr.ok).toBe(true);
    if (!sr.ok) return;
    expect(sr.value.studyInstanceUID).toBe(cohort.studies[1].studyUid);
    expect(sr.value.sopInstanceUID).toBe(m.dicom!.srSopInstanceUID);
    expect(sr.value.lesions).toHaveLength(1);
    const l = sr.value.lesions[0];
    expect(l.name).toBe('P002/baseline roi');
    const v = (name: string) => l.measurements.find((x) => x.name === name);
    expect(v('Volume')?.value).toBeCloseTo(doc.volumeMl, 9);
    expect(v('Volume')?.unit).toBe('mL');
    expect(v('Mean')).toMatchObject({ unit: 'HU' });
    expect(v('Mean')!.value).toBeCloseTo(doc.mean, 9);
    expect(v('Max')!.value).toBe(doc.max);
  });

  it.skipIf(!hasDciodvfy)('dciodvfy reports no IOD error in the SR and the SEG', () => {
    const m = metas(out('sr')).find((x) => x.key === 'P001/baseline')!;
    for (const f of [m.dicom!.sr, m.dicom!.seg]) {
      const r = spawnSync(DCIODVFY, [path.join(out('sr'), 'items', f)], { encoding: 'utf8' });
      expect(`${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l)), f).toEqual([]);
    }
  });

  it('a re-run skips the items and keeps their objects; a folder run without --sr gets them on a re-run with --sr', async () => {
    const uids = metas(out('sr')).filter((x) => x.dicom).map((x) => x.dicom!.srSopInstanceUID);
    const again = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('sr'), '--sr', '--json']);
    expect(json(again.stdout)).toMatchObject({ ok: 3, failed: 1, skipped: 3 });
    expect(metas(out('sr')).filter((x) => x.dicom).map((x) => x.dicom!.srSopInstanceUID)).toEqual(uids);

    const plain = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('plain'), '--json']);
    expect(json(plain.stdout)).toMatchObject({ ok: 3, skipped: 0 });
    expect(metas(out('plain')).some((x) => x.dicom)).toBe(false);
    const withSr = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('plain'), '--sr', '--json']);
    expect(json(withSr.stdout)).toMatchObject({ ok: 3, skipped: 0 });
    // Same item, input and config → the same SOP Instance UIDs as the other folder's run.
    expect(metas(out('plain')).filter((x) => x.dicom).map((x) => x.dicom!.srSopInstanceUID)).toEqual(uids);
  });

  it('--sr is refused for tasks without an ROI document (exit 2)', async () => {
    const r = await runCaliper(['batch', cohort.manifest, '--task', 'adc', '--out', out('adc'), '--sr', '--json']);
    expect(r.code).toBe(2);
    expect(json(r.stdout).error).toMatch(/only for the measure and radiomics tasks/);
  });
});

describe.skipIf(!hasOrthanc)('caliper batch --stow to a real Orthanc', () => {
  let orthanc: OrthancHandle | undefined;
  beforeAll(async () => {
    orthanc = await startOrthanc();
  }, 60_000);
  afterAll(async () => {
    await orthanc?.stop();
  });

  it('a server error fails the items with the reason (files kept); a re-run stores them once; the SRs are found by QIDO', async () => {
    orthanc!.setFault(503);
    const down = await runCaliper(['batch', cohort.manifest, '--task', 'radiomics', '--config', 'B', '--roi', cohort.roi, '--out', out('stow'), '--stow', orthanc!.dicomWebUrl, '--retries', '1', '--json']);
    expect(down.code).toBe(1);
    const s = json(down.stdout);
    expect(s).toMatchObject({ total: 4, ok: 0, failed: 4 });
    expect(s.failures.find((f: { key: string }) => f.key === 'P001/baseline').error).toMatch(/^STOW-RS: DICOMweb .*\/studies: HTTP 503/);
    orthanc!.setFault(null);
    const up = await runCaliper(['batch', cohort.manifest, '--task', 'radiomics', '--config', 'B', '--roi', cohort.roi, '--out', out('stow'), '--stow', orthanc!.dicomWebUrl, '--json']);
    expect(json(up.stdout)).toMatchObject({ ok: 3, failed: 1 });
    // Stored a second time (another run with --stow and a fresh folder): same UIDs, so no duplicate instance.
    await runCaliper(['batch', cohort.manifest, '--task', 'radiomics', '--config', 'B', '--roi', cohort.roi, '--out', out('stow2'), '--stow', orthanc!.dicomWebUrl, '--json']);
    const m = metas(out('stow')).filter((x) => x.status === 'ok');
    expect(m.every((x) => x.dicom?.storedTo === orthanc!.dicomWebUrl)).toBe(true);
    const res = await fetch(`${orthanc!.dicomWebUrl}/studies/${cohort.studies[0].studyUid}/instances?Modality=SR`, { headers: { Accept: 'application/dicom+json' } });
    const list = (await res.json()) as { '00080018': { Value: string[] } }[];
    expect(list.map((x) => x['00080018'].Value[0])).toEqual([m.find((x) => x.key === 'P001/baseline')!.dicom!.srSopInstanceUID]);
    const segs = await fetch(`${orthanc!.dicomWebUrl}/studies/${cohort.studies[0].studyUid}/instances?Modality=SEG`, { headers: { Accept: 'application/dicom+json' } });
    expect(((await segs.json()) as unknown[]).length).toBe(1);
    // What the server holds is the file written next to the JSON, and it carries the document's IBSI features.
    const p1 = m.find((x) => x.key === 'P001/baseline')!;
    const got = await fetch(`${orthanc!.dicomWebUrl}/studies/${cohort.studies[0].studyUid}/instances?SOPInstanceUID=${p1.dicom!.srSopInstanceUID}&includefield=0020000E`, { headers: { Accept: 'application/dicom+json' } });
    const series = ((await got.json()) as { '0020000E': { Value: string[] } }[])[0]['0020000E'].Value[0];
    const r = await fetch(`${orthanc!.dicomWebUrl}/studies/${cohort.studies[0].studyUid}/series/${series}/instances/${p1.dicom!.srSopInstanceUID}`, { headers: { Accept: 'multipart/related; type="application/dicom"; transfer-syntax=*' } });
    const parts = parseMultipart(new Uint8Array(await r.arrayBuffer()), boundaryOf(r.headers.get('content-type') ?? '')!);
    const local = new Uint8Array(readFileSync(path.join(out('stow'), 'items', p1.dicom!.sr)));
    const stored = importSr(parts[0]);
    const written = importSr(local);
    expect(stored.ok && written.ok).toBe(true);
    if (!stored.ok || !written.ok) return;
    expect(stored.value.lesions).toEqual(written.value.lesions);
    const doc = docOf(out('stow'), p1);
    const features = stored.value.lesions[0].radiomics?.features ?? [];
    expect(features.length).toBe(Object.keys(doc.features).length);
    const f = features.find((x) => x.key === '3AVE.mean' || x.key === 'Q4LE');
    expect(f?.value).toBeCloseTo(doc.features[f!.key].value, 6);
  }, 240_000);
});
