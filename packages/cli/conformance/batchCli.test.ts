import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readParquet } from '@caliper/batch';
import { writeBatchCohort, writeCohortSeg } from './batchCohort';
import { repoRoot, runCaliper } from './helpers';

// A 6-study synthetic CT cohort (study 3 corrupt) through `caliper batch`, checked against the
// single-study commands, re-runs, shards + merge, and the bad-input contract (docs/batch.md).
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-batch-'));
const cohort = writeBatchCohort(path.join(tmp, 'cohort'), { studies: 6, corrupt: 2 });
const out = (name: string) => path.join(tmp, name);
const json = (s: string) => JSON.parse(s);
/** A loopback port nothing listens on (bound, then closed). */
const closedPort = () => new Promise<number>((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const p = (srv.address() as { port: number }).port;
    srv.close(() => resolve(p));
  });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('caliper batch --task measure on a synthetic cohort', () => {
  let first: Awaited<ReturnType<typeof runCaliper>>;
  beforeAll(async () => {
    first = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('full'), '--jobs', '2', '--json']);
  });

  it('exit 1 because one item failed; the summary names it and the reason; the rest completed', () => {
    expect(first.code, first.stderr).toBe(1);
    const s = json(first.stdout);
    expect(s).toMatchObject({ total: 6, ok: 5, failed: 1, skipped: 0, task: 'measure', shard: null });
    expect(s.failures).toEqual([{ key: 'P003/baseline', error: expect.stringMatching(/Pixel Data has 576 bytes, expected 1152 \(truncated\)/) }]);
  });

  it('--json progress: one JSON line per event on stderr (start, then one per item)', () => {
    const lines = first.stderr.trim().split('\n').filter((l) => l.startsWith('{')).map(json);
    expect(lines[0]).toEqual({ event: 'start', total: 6, shard: null, jobs: 2 });
    const items = lines.filter((l) => l.event === 'item');
    expect(items.map((l) => l.key).sort()).toEqual(cohort.studies.map((s) => s.key));
    expect(items.at(-1)).toMatchObject({ done: 6, total: 6 });
  });

  it("each item's document is exactly `caliper measure --json`'s, and matches the analytic lesion", async () => {
    const s = cohort.studies[1];
    const single = await runCaliper(['measure', s.dir, '--roi', cohort.roi, '--json']);
    expect(single.code).toBe(0);
    const file = readdirSync(path.join(out('full'), 'items')).find((f) => f.startsWith('P002_baseline-') && f.endsWith('-' + f.split('-').at(-1)) && !f.endsWith('.meta.json') && f.endsWith('.json'))!;
    expect(readFileSync(path.join(out('full'), 'items', file), 'utf8')).toBe(single.stdout);
    expect(json(single.stdout).max).toBe(s.lesionHu);
  });

  it('cohort table: item × ROI × feature rows with units and provenance; the failure is a row with its reason; Parquet = CSV', async () => {
    const csv = readFileSync(path.join(out('full'), 'table.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('item,patient,timepoint,task,roi,feature,value,text,unit,status,error,caliper_version,config_hash,input_hash,input_uids');
    const max = csv.find((l) => l.startsWith('P002/baseline,P002,baseline,measure,roi,max,'))!;
    expect(max.split(',').slice(6, 10)).toEqual([String(cohort.studies[1].lesionHu), '', 'HU', 'ok']);
    expect(max).toContain(`${cohort.studies[1].studyUid};${cohort.studies[1].seriesUid}`);
    expect(csv.filter((l) => l.startsWith('P003/baseline'))).toEqual([expect.stringMatching(/^P003\/baseline,P003,baseline,measure,roi,,,,,failed,.*Pixel Data has 576 bytes/)]);
    const pq = await readParquet(new Uint8Array(readFileSync(path.join(out('full'), 'table.parquet'))).buffer);
    expect(pq.rows).toHaveLength(csv.length - 1);
    expect(pq.rows.find((r) => r.item === 'P002/baseline' && r.feature === 'max')).toMatchObject({ value: cohort.studies[1].lesionHu, unit: 'HU', status: 'ok', caliper_version: '0.1.0' });
    expect(pq.meta.config_hash).toBe(json(first.stdout).configHash);
  });

  it('a re-run skips every finished item (same input hash and config), retries the failure, and writes the same table', async () => {
    const before = readFileSync(path.join(out('full'), 'table.csv'), 'utf8');
    const again = await runCaliper(['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--out', out('full'), '--json']);
    expect(again.code).toBe(1);
    expect(json(again.stdout)).toMatchObject({ total: 6, ok: 5, failed: 1, skipped: 5 });
    expect(readFileSync(path.join(out('full'), 'table.csv'), 'utf8')).toBe(before);
  });

  it('a changed input file is recomputed, the others stay', async () => {
    const dir = out('changed');
    cpSync(path.join(tmp, 'cohort'), dir, { recursive: true });
    const manifest = path.join(dir, 'manifest.csv');
    writeFileSync(manifest, 'path,patient,timepoint\nP001,P001,baseline\nP002,P002,baseline\n');
    const args = ['batch', manifest, '--task', 'measure', '--roi', path.join(dir, 'roi.json'), '--out', path.join(dir, 'out'), '--json'];
    await runCaliper(args);
    const f = path.join(dir, 'P001', '1.dcm');
    const b = readFileSync(f);
    b[b.length - 1] ^= 1;
    writeFileSync(f, b);
    const r = await runCaliper(args);
    expect(json(r.stdout)).toMatchObject({ ok: 2, skipped: 1 });
  });

  it('--shard 0/2 and 1/2 partition the items; merge gives the same table as the single run', async () => {
    const base = ['batch', cohort.manifest, '--task', 'measure', '--roi', cohort.roi, '--json'];
    const [a, b] = await Promise.all([runCaliper([...base, '--shard', '0/2', '--out', out('s0'), '--jobs', '1']), runCaliper([...base, '--shard', '1/2', '--out', out('s1'), '--jobs', '1'])]);
    const ta = json(a.stdout).total;
    const tb = json(b.stdout).total;
    expect(ta + tb).toBe(6);
    expect(ta).toBeGreaterThan(0);
    expect(tb).toBeGreaterThan(0);
    const m = await runCaliper(['batch', 'merge', out('s0'), out('s1'), '--out', out('merged'), '--json']);
    expect(m.code).toBe(1);
    expect(json(m.stdout)).toMatchObject({ total: 6, ok: 5, failed: 1, duplicates: 0 });
    expect(readFileSync(path.join(out('merged'), 'table.csv'), 'utf8')).toBe(readFileSync(path.join(out('full'), 'table.csv'), 'utf8'));
    // Merging a folder twice (a requeued task's output seen again) keeps each item once.
    const twice = await runCaliper(['batch', 'merge', out('s0'), out('s1'), out('s0'), '--out', out('merged2'), '--json']);
    expect(json(twice.stdout)).toMatchObject({ total: 6, duplicates: ta });
    expect(readFileSync(path.join(out('merged2'), 'table.csv'), 'utf8')).toBe(readFileSync(path.join(out('full'), 'table.csv'), 'utf8'));
  });
});

describe('caliper batch --task radiomics and response', () => {
  it('radiomics: item documents equal `caliper radiomics --json`; one row per IBSI feature', async () => {
    const manifest = path.join(tmp, 'cohort', 'two.csv');
    writeFileSync(manifest, 'path,patient,timepoint\nP001,P001,baseline\nP002,P002,baseline\n');
    const r = await runCaliper(['batch', manifest, '--task', 'radiomics', '--config', 'B', '--roi', cohort.roi, '--out', out('rad'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const single = await runCaliper(['radiomics', cohort.studies[0].dir, '--roi', cohort.roi, '--config', 'B', '--json']);
    const docFile = readdirSync(path.join(out('rad'), 'items')).find((f) => f.startsWith('P001_baseline-') && /-[0-9a-f]{8}\.json$/.test(f))!;
    expect(readFileSync(path.join(out('rad'), 'items', docFile), 'utf8')).toBe(single.stdout);
    const features = Object.keys(json(single.stdout).features);
    const rows = readFileSync(path.join(out('rad'), 'table.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.filter((l) => l.startsWith('P001/baseline,')).length).toBe(features.length);
  });

  it('response: one item per patient over its timepoints (timeline file)', async () => {
    const timeline = path.join(repoRoot, 'packages/cli/src/board/__tests__/demoCourse.timeline.json');
    const manifest = path.join(tmp, 'response.json');
    writeFileSync(manifest, JSON.stringify([{ path: timeline, patient: 'demo' }]));
    const r = await runCaliper(['batch', manifest, '--task', 'response', '--criteria', 'recist1.1', '--out', out('resp'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const single = await runCaliper(['response', timeline, '--criteria', 'recist1.1', '--json']);
    const rows = readFileSync(path.join(out('resp'), 'table.csv'), 'utf8');
    expect(rows).toContain(`demo,demo,,response,best,bestOverallResponse,,${json(single.stdout).bestOverallResponse.response},`);
  });
});

describe('caliper batch --task measure with a multi-segment DICOM SEG', () => {
  it('measures every segment as its own item (key#segment), each document = `caliper measure` of that segment', async () => {
    const seg = path.join(tmp, 'cohort', 'seg.dcm');
    writeCohortSeg(seg, { radiusMm: 10 });
    const manifest = path.join(tmp, 'cohort', 'one.csv');
    writeFileSync(manifest, 'path,patient,timepoint\nP002,P002,baseline\n');
    const r = await runCaliper(['batch', manifest, '--task', 'measure', '--roi', seg, '--out', out('seg'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r.stdout)).toMatchObject({ total: 2, ok: 2 });
    const segRoi = path.join(tmp, 'seg2.json');
    writeFileSync(segRoi, JSON.stringify({ type: 'mask', path: seg, segment: 2 }));
    const single = await runCaliper(['measure', cohort.studies[1].dir, '--roi', segRoi, '--json']);
    const doc = readdirSync(path.join(out('seg'), 'items')).find((f) => f.startsWith('P002_baseline_2-') && /-[0-9a-f]{8}\.json$/.test(f))!;
    expect(readFileSync(path.join(out('seg'), 'items', doc), 'utf8')).toBe(single.stdout);
    expect(json(single.stdout).voxelCount).toBe(32);
    const rows = readFileSync(path.join(out('seg'), 'table.csv'), 'utf8');
    expect(rows).toContain('P002/baseline#1,P002,baseline,measure,seg#1,voxelCount,2128,');
    expect(rows).toContain('P002/baseline#2,P002,baseline,measure,seg#2,voxelCount,32,');
  });
});

describe('caliper batch: bad input', () => {
  const m = cohort.manifest;
  it('unknown task, unknown option, shard out of range → exit 2 with {"error"}', async () => {
    const task = await runCaliper(['batch', m, '--task', 'segment', '--out', out('x'), '--json']);
    expect([task.code, json(task.stdout).error]).toEqual([2, "unknown task 'segment' (one of measure, radiomics, burden, adc, response)"]);
    const opt = await runCaliper(['batch', m, '--task', 'adc', '--roi', cohort.roi, '--out', out('x'), '--json']);
    expect([opt.code, json(opt.stdout).error]).toEqual([2, '--roi is not an option of the adc task (it takes none)']);
    const shard = await runCaliper(['batch', m, '--task', 'measure', '--roi', cohort.roi, '--shard', '4/4', '--out', out('x'), '--json']);
    expect([shard.code, json(shard.stdout).error]).toEqual([2, '--shard 4/4: index out of range (0 ≤ i < 4; shards are 0-based)']);
  });
  it('a malformed manifest row is named by its line → exit 1', async () => {
    const bad = path.join(tmp, 'cohort', 'bad.csv');
    writeFileSync(bad, 'path,patient,timepoint\nP001,P001,baseline\nP002,P002\n');
    const r = await runCaliper(['batch', bad, '--task', 'measure', '--roi', cohort.roi, '--out', out('x'), '--json']);
    expect([r.code, json(r.stdout).error]).toEqual([1, 'bad.csv: manifest line 3: 2 fields, the header has 3']);
  });
  it('an output folder of another config is refused (exit 2) unless --force', async () => {
    const r = await runCaliper(['batch', m, '--task', 'radiomics', '--config', 'A', '--roi', cohort.roi, '--out', out('full'), '--json']);
    expect(r.code).toBe(2);
    expect(json(r.stdout).error).toMatch(/holds a batch of another config \(task measure.*--force/);
    const forced = await runCaliper(['batch', path.join(tmp, 'cohort', 'two.csv'), '--task', 'measure', '--roi', cohort.roi, '--suv', 'sul', '--out', out('rad'), '--force', '--json']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(json(forced.stdout)).toMatchObject({ ok: 2, skipped: 0 });
  });
  it('unreachable DICOMweb server: the query fails after the retries (exit 1); a study row fails as an item', async () => {
    const port = await closedPort();
    const q = await runCaliper(['batch', '--dicomweb', `http://127.0.0.1:${port}/dicom-web`, '--query', 'ModalitiesInStudy=CT', '--task', 'measure', '--roi', cohort.roi, '--retries', '2', '--out', out('dw'), '--json']);
    expect(q.code).toBe(1);
    expect(json(q.stdout).error).toBe(`DICOMweb http://127.0.0.1:${port}/dicom-web/studies?ModalitiesInStudy=CT&limit=1000&offset=0: ECONNREFUSED (2 attempts)`);
    const rows = path.join(tmp, 'studies.csv');
    writeFileSync(rows, 'study,patient,timepoint\n1.2.3,P9,baseline\n');
    const item = await runCaliper(['batch', rows, '--dicomweb', `http://127.0.0.1:${port}/dicom-web`, '--task', 'measure', '--roi', cohort.roi, '--retries', '2', '--out', out('dw2'), '--json']);
    expect(item.code).toBe(1);
    expect(json(item.stdout).failures).toEqual([{ key: 'P9/baseline', error: `DICOMweb http://127.0.0.1:${port}/dicom-web/studies/1.2.3/instances: ECONNREFUSED (2 attempts)` }]);
  });
  it('no ROI for a measure row → exit 2 naming the line', async () => {
    const r = await runCaliper(['batch', m, '--task', 'measure', '--out', out('x2'), '--json']);
    expect([r.code, json(r.stdout).error]).toEqual([2, 'manifest line 2 has no roi: give a roi column or --roi']);
  });
});
