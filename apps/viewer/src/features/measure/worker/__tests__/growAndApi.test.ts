import { describe, expect, it } from 'vitest';
import { patientPoint } from '@caliper/core';
import { defaultGrowBounds } from '../growDefaults';
import { createEngineApi } from '@caliper/engine';
import { createMeasureApi } from '../createMeasureApi';
import { compactVolume } from '../compactVolume';
import { grid, volumeOf } from './fixtures';

const cube = (i: number, j: number, k: number) => (i >= 2 && i <= 7 && j >= 2 && j <= 7 && k >= 1 && k <= 4 ? 40 : 100);

describe('defaultGrowBounds', () => {
  it('CT: mean ± max(4 SD, 10 % |mean|) around the seed', () => {
    const v = volumeOf(grid([10, 10, 10]), () => 50);
    expect(defaultGrowBounds(v, [5, 5, 5])).toEqual({ lower: 45, upper: 55 });
  });
  it('PET: 41 % of the local max, no upper bound', () => {
    const v = volumeOf(grid([10, 10, 10]), (i, j, k) => (i === 5 && j === 5 && k === 5 ? 10 : 1), 'SUVbw');
    const b = defaultGrowBounds(v, [4, 4, 4]);
    expect(b.lower).toBeCloseTo(4.1, 12);
    expect(b.upper).toBe(Infinity);
  });
});

describe('createMeasureApi', () => {
  it('grows the 6×6×4 block from a click with default bounds and measures it', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', volumeOf(grid([10, 10, 6], [1, 1, 2]), cube));
    const r = await api.grow('ct', [4, 4, 4], undefined, { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error('grow failed');
    expect(r.value.voxelCount).toBe(144);
    expect(r.value.bounds).toEqual({ lower: 36, upper: 44 });
    expect(r.value.measurement.result.volumeMl).toBeCloseTo(0.288, 12);
    expect(r.value.measurement.result.mean).toBe(40);
    expect(r.value.mask.bbox).toEqual([[2, 2, 1], [7, 7, 4]]);
  });

  it('a newer request on the same channel supersedes the older one', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', volumeOf(grid([10, 10, 6]), cube));
    const sphere = { kind: 'sphere' as const, center: patientPoint(4, 4, 2), radiusMm: 1 };
    const [a, b] = await Promise.all([api.measure('ct', sphere, { requestId: 1, channel: 'drag' }), api.measure('ct', sphere, { requestId: 2, channel: 'drag' })]);
    expect(a.cancelled).toBe(true);
    expect(b.cancelled).toBe(false);
  });

  it('SUV scaling: stored Bq/mL × factor, and the reason when SUV is missing', async () => {
    const api = createMeasureApi();
    const v = volumeOf(grid([10, 10, 10], [2, 2, 2]), () => 1000, 'Bq/mL');
    api.putVolume('pt', v, { suvError: 'PatientWeight missing' });
    const sphere = { kind: 'sphere' as const, center: patientPoint(10, 10, 10), radiusMm: 3 };
    const before = await api.measure('pt', sphere, { requestId: 1 });
    if (before.cancelled || !before.ok) throw new Error('measure failed');
    expect(before.value.result.unit).toBe('Bq/mL');
    expect(before.value.result.suv).toBeNull();
    expect(before.value.result.suvError).toBe('PatientWeight missing');
    expect(api.setScaling('pt', { suvFactorPerSlice: Array(10).fill(0.002), suvUnit: 'SUVbw' })).toEqual({ unit: 'SUVbw' });
    const after = await api.measure('pt', sphere, { requestId: 2 });
    if (after.cancelled || !after.ok) throw new Error('measure failed');
    expect(after.value.result.suv?.max).toBeCloseTo(2, 6);
    expect(after.value.result.suv?.peak).toBeCloseTo(2, 6);
  });

  it('measureSpec returns the CLI document', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', volumeOf(grid([10, 10, 6], [1, 1, 2]), cube));
    const r = await api.measureSpec('ct', { type: 'grow', seedMm: [4, 4, 4], lower: 30, upper: 50 }, { requestId: 3 });
    if (r.cancelled || !r.ok) throw new Error('measure failed');
    expect(r.value.result.voxelCount).toBe(144);
    expect(r.value.result.unit).toBe('HU');
    expect(r.value.result.series).toBe('1.2.3');
    expect(r.value.computeMs).toBeGreaterThanOrEqual(0);
  });

  it('measureSpec gives the engine\'s document and leaves the shared mask buffer clean for the next request', async () => {
    const api = createMeasureApi();
    const v = volumeOf(grid([10, 10, 6], [1, 1, 2]), cube);
    api.putVolume('ct', v);
    // The engine as the worker used it before (on the compacted volume the worker keeps).
    const engine = createEngineApi();
    engine.putVolume('ct', compactVolume(v));
    const sphere = { type: 'sphere' as const, centerMm: [4, 4, 4] as [number, number, number], radiusMm: 3 };
    const ours = await api.measureSpec('ct', sphere, { requestId: 1 });
    const theirs = await engine.measure('ct', sphere, { requestId: 1 });
    if (ours.cancelled || !ours.ok || theirs.cancelled || !theirs.ok) throw new Error('measure failed');
    expect(ours.value.result).toEqual(theirs.value.result);
    expect(ours.value.result.voxelCount).toBeGreaterThan(50);
    // A grow after it sees no voxel of the sphere left in the scratch mask: the 6×6×4 block only.
    const g = await api.grow('ct', [4, 4, 4], undefined, { requestId: 2 });
    if (g.cancelled || !g.ok) throw new Error('grow failed');
    expect(g.value.voxelCount).toBe(144);
  });

  it('grow with fullMeasure: the accepted lesion\'s measurement (shape too) in the same reply; one bound given keeps the other default', async () => {
    const api = createMeasureApi();
    api.putVolume('ct', volumeOf(grid([10, 10, 6], [1, 1, 2]), cube));
    const r = await api.grow('ct', [4, 4, 4], { upper: 45 }, { requestId: 1 }, { fullMeasure: true });
    if (r.cancelled || !r.ok) throw new Error('grow failed');
    expect(r.value.bounds).toEqual({ lower: 36, upper: 45 });
    const full = await api.measure('ct', { kind: 'mask', volumeId: 'ct', mask: r.value.mask }, { requestId: 2 });
    if (full.cancelled || !full.ok) throw new Error('measure failed');
    expect(r.value.measurement.result).toEqual(full.value.result);
    expect(r.value.measurement.result.surfaceMm2).toBeGreaterThan(0);
    const preview = await api.grow('ct', [4, 4, 4], undefined, { requestId: 3 });
    if (preview.cancelled || !preview.ok) throw new Error('grow failed');
    expect(preview.value.measurement.result.surfaceMm2).toBeNull();
  });
});
