import { describe, expect, it } from 'vitest';
import { buildTable } from '../buildTable';
import { formatCsv } from '../formatCsv';
import { mergeRecords } from '../mergeRecords';
import { readParquet } from '../readParquet';
import { toParquet } from '../toParquet';
import type { ItemRecord } from '../types';

const rec = (key: string, over: Partial<ItemRecord> = {}): ItemRecord => ({
  key, status: 'ok', error: null, exitCode: 0, task: 'measure', patient: 'P', timepoint: 't', roi: 'lesion', inputHash: 'ih', configHash: 'ch',
  inputUids: ['1.2', '1.2.3'], caliperVersion: '0.1.0', durationMs: 5, finishedAt: '2026-01-01T00:00:00.000Z', ...over,
});
const measureDoc = { series: 's', modality: 'CT', unit: 'HU', voxelCount: 8, volumeMl: 0.016, mean: 40, sd: 0, min: 40, max: 40, median: 40, p10: 40, p90: 40, recist: null, maxDiameter3dMm: 3.5, surfaceMm2: 12, sphericity: 0.8, suv: null, adc: null };

describe('cohort table', () => {
  it('measure: one row per feature with units; failures one row with the reason; sorted by item', () => {
    const rows = buildTable([
      { record: rec('b', { status: 'failed', error: 'ROI is empty', exitCode: 1 }), doc: null },
      { record: rec('a'), doc: measureDoc },
    ]);
    expect(rows[0]).toMatchObject({ item: 'a', roi: 'lesion', feature: 'voxelCount', value: 8, unit: 'voxels', inputUids: '1.2;1.2.3' });
    expect(rows.find((r) => r.feature === 'mean')).toMatchObject({ value: 40, unit: 'HU' });
    expect(rows.find((r) => r.feature === 'recist.longMm')).toMatchObject({ value: null, unit: 'mm' });
    expect(rows.at(-1)).toMatchObject({ item: 'b', status: 'failed', error: 'ROI is empty', feature: '', value: null });
  });
  it('burden: totals and each lesion', () => {
    const rows = buildTable([{ record: rec('p', { task: 'burden' }), doc: { thresholdSuv: 2.5, totals: { lesionCount: 1, tmtvMl: 2, tlg: 10, dmaxMm: 0, sdmaxPerM: null }, lesions: [{ id: 1, voxelCount: 3, volumeMl: 2, suvMax: 9, suvPeak: 7, suvMean: 5, tlg: 10 }], reference: {} } }]);
    expect(rows.find((r) => r.roi === 'lesion-1' && r.feature === 'suvMax')).toMatchObject({ value: 9, unit: 'SUVbw' });
    expect(rows.find((r) => r.roi === 'total' && r.feature === 'tlg')).toMatchObject({ value: 10, unit: 'SUVbw·mL' });
  });
  it('CSV quotes what needs quoting and leaves null empty', () => {
    const csv = formatCsv(buildTable([{ record: rec('x,"y"', { status: 'failed', error: 'a\nb' }), doc: null }]));
    expect(csv.split('\n')[0]).toBe('item,patient,timepoint,task,roi,feature,value,text,unit,status,error,caliper_version,config_hash,input_hash,input_uids');
    expect(csv).toContain('"x,""y""",P,t,measure,lesion,,,,,failed,"a\nb",0.1.0,ch,ih,1.2;1.2.3\n');
  });
  it('Parquet round-trip: hyparquet reads back every column, nulls and the metadata', async () => {
    const rows = buildTable([{ record: rec('a'), doc: measureDoc }, { record: rec('b', { status: 'failed', error: 'corrupt' }), doc: null }]);
    const back = await readParquet(toParquet(rows, { caliper_version: '0.1.0' }));
    expect(back.meta.caliper_version).toBe('0.1.0');
    expect(back.rows).toHaveLength(rows.length);
    expect(back.rows[1]).toEqual({ item: 'a', patient: 'P', timepoint: 't', task: 'measure', roi: 'lesion', feature: 'volumeMl', value: 0.016, text: null, unit: 'mL', status: 'ok', error: null, caliper_version: '0.1.0', config_hash: 'ch', input_hash: 'ih', input_uids: '1.2;1.2.3' });
    expect(back.rows.at(-1)).toMatchObject({ item: 'b', status: 'failed', error: 'corrupt', value: null });
  });
});

describe('mergeRecords', () => {
  it('one record per key: success beats failure, then the later run', () => {
    const r = mergeRecords([
      { record: rec('a', { status: 'failed', finishedAt: '2026-01-02' }) },
      { record: rec('a', { finishedAt: '2026-01-01' }) },
      { record: rec('b', { finishedAt: '2026-01-01', durationMs: 1 }) },
      { record: rec('b', { finishedAt: '2026-01-03', durationMs: 2 }) },
    ]);
    expect(r.ok && r.items.map((i) => [i.record.key, i.record.status, i.record.durationMs])).toEqual([['a', 'ok', 5], ['b', 'ok', 2]]);
    expect(r.ok && r.duplicates).toBe(2);
  });
  it('refuses to mix configs', () => {
    expect(mergeRecords([{ record: rec('a') }, { record: rec('b', { configHash: 'other' }) }])).toMatchObject({ ok: false, error: expect.stringMatching(/2 configs/) });
  });
});
