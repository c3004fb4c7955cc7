import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { LoadError, SeriesEntry } from '../../../app/types';
import type { DiffusionPlan } from '../../measure/service/adcVolume';
import type { DerivedVolume } from '../../../viewports/derivedImages';
import { deriveAdcSeries, type DeriveAdcDeps } from '../deriveAdcSeries';

const DWI: SeriesEntry = {
  seriesInstanceUID: '1.2.3',
  studyInstanceUID: '1.2',
  modality: 'MR',
  seriesDescription: 'DWI b=0,500',
  seriesNumber: 3,
  instanceCount: 4,
  imageIds: ['w:b0k0', 'w:b0k1', 'w:b500k0', 'w:b500k1'],
  source: 'demo',
};
const geometry: Geometry = {
  dimensions: [3, 2, 2],
  origin: patientPoint(0, 0, 0),
  rowDirection: [1, 0, 0],
  columnDirection: [0, 1, 0],
  sliceDirection: [0, 0, 1],
  spacing: [1, 1, 5],
};
const PLAN: DiffusionPlan = {
  seriesUID: '1.2.3',
  id: 'adc:1.2.3',
  geometry,
  bValues: [0, 500],
  imageIds: ['w:b0k0', 'w:b0k1'],
  byB: [['w:b0k0', 'w:b0k1'], ['w:b500k0', 'w:b500k1']],
};

function harness(plan: DeriveAdcDeps['plan'], fit: DeriveAdcDeps['fit']) {
  const out = { added: [] as SeriesEntry[], removed: [] as string[], errors: [] as LoadError[], volumes: [] as DerivedVolume[] };
  const deps: DeriveAdcDeps = {
    plan,
    fit,
    register: (v) => (out.volumes.push(v), v.sourceImageIds.map((_, k) => `caliper-derived:${v.key}:${k}`)),
    addSeries: (e) => void out.added.push(e),
    removeSeries: (uid) => void out.removed.push(uid),
    addErrors: (e) => void out.errors.push(...e),
  };
  return { deps, out };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('deriveAdcSeries', () => {
  it('a two-b DWI lists the ADC map in the same study, on the low-b geometry, in 10^-3 mm2/s, window 0–3', async () => {
    const map = new Float32Array(12).fill(0.85);
    const { deps, out } = harness(async () => PLAN, async () => map);
    const e = await deriveAdcSeries(DWI, deps);
    expect(e).toEqual({
      seriesInstanceUID: '1.2.3.8001',
      studyInstanceUID: '1.2',
      modality: 'MR',
      seriesDescription: 'ADC map (Caliper, log-linear fit b=0,500)',
      seriesNumber: 3,
      instanceCount: 2,
      imageIds: ['caliper-derived:adc:1.2.3:0', 'caliper-derived:adc:1.2.3:1'],
      source: 'demo',
    });
    expect(out.added).toEqual([e]);
    const v = out.volumes[0];
    expect(v).toMatchObject({ key: 'adc:1.2.3', parentSeriesUID: '1.2.3', rows: 2, columns: 3, sourceImageIds: ['w:b0k0', 'w:b0k1'], voi: { lower: 0, upper: 3 }, adc: { scale: 1, offset: 0 } });
    expect(v.imageType).toEqual(['DERIVED', 'SECONDARY', 'ADC']);
    expect(await v.pixels()).toBe(map);
    await settle();
    expect(out.errors).toEqual([]);
    expect(out.removed).toEqual([]);
  });

  it('one b-value (or none): no derived series and no error', async () => {
    const { deps, out } = harness(async () => null, async () => new Float32Array(0));
    expect(await deriveAdcSeries(DWI, deps)).toBeNull();
    expect(out.added).toEqual([]);
    expect(out.errors).toEqual([]);
  });

  it('a fit that fails: the derived entry is removed and one error names the DWI series', async () => {
    const { deps, out } = harness(async () => PLAN, async () => {
      throw new Error('worker ran out of memory');
    });
    const e = await deriveAdcSeries(DWI, deps);
    expect(e?.seriesInstanceUID).toBe('1.2.3.8001');
    await settle();
    expect(out.removed).toEqual(['1.2.3.8001']);
    expect(out.errors).toEqual([{ source: 'series 1.2.3 (MR DWI b=0,500)', reason: 'ADC map could not be fitted: worker ran out of memory' }]);
  });

  it('headers that cannot be stacked: one error naming the series, nothing listed', async () => {
    const { deps, out } = harness(async () => {
      throw new Error('diffusion series 1.2.3: b-values have different slice counts (2, 1)');
    }, async () => new Float32Array(0));
    expect(await deriveAdcSeries(DWI, deps)).toBeNull();
    expect(out.added).toEqual([]);
    expect(out.errors).toEqual([{ source: 'series 1.2.3 (MR DWI b=0,500)', reason: 'no ADC map: diffusion series 1.2.3: b-values have different slice counts (2, 1)' }]);
  });
});
