import { describe, expect, it } from 'vitest';
import { createEngineApi } from '../createEngineApi';
import { createSupersession } from '../supersession';
import { cropMask, uncropMask } from '../cropMask';
import { makeGeometry, makeMask, makeVolume } from '../../testing/fixtures';

const g = makeGeometry([4, 3, 2], [2, 2, 2]);
const data = Float32Array.from({ length: 24 }, (_, q) => (q % 4 === 3 ? 0 : 3));

describe('supersession', () => {
  it('latest request in a channel wins; no channel is never cancelled', () => {
    const s = createSupersession();
    const a = s.begin('drag'), free = s.begin();
    expect(a.isCancelled()).toBe(false);
    const b = s.begin('drag');
    expect([a.isCancelled(), b.isCancelled(), free.isCancelled()]).toEqual([true, false, false]);
    s.cancel('drag');
    expect(b.isCancelled()).toBe(true);
  });
});

describe('cropMask / uncropMask', () => {
  it('round-trips and only carries the bbox', () => {
    const m = makeMask([4, 3, 2], (i, j, k) => i >= 1 && i <= 2 && j === 1 && k <= 1);
    const c = cropMask(m);
    expect(c.data.length).toBe(4);
    expect(Array.from(uncropMask(c).data)).toEqual(Array.from(m.data));
  });
});

describe('createEngineApi', () => {
  it('measures a stored volume from a RoiSpec', async () => {
    const api = createEngineApi();
    api.putVolume('ct', makeVolume(g, data, 'HU'));
    const r = await api.measure('ct', { type: 'box', minMm: [0, 0, 0], maxMm: [2, 0, 0] }, { requestId: 1 }, { returnMask: true });
    expect(r.cancelled).toBe(false);
    if (r.cancelled || !r.ok) throw new Error('expected a result');
    expect(r.value.result).toMatchObject({ voxelCount: 2, mean: 3, unit: 'HU' });
    expect(r.value.mask!.bbox).toEqual([[0, 0, 0], [1, 0, 0]]);
  });
  it('a newer request in the same channel cancels the older one', async () => {
    const api = createEngineApi();
    api.putVolume('ct', makeVolume(g, data, 'HU'));
    const roi = { type: 'sphere', centerMm: [2, 2, 0], radiusMm: 2 } as const;
    const [a, b, c] = await Promise.all([
      api.measure('ct', roi, { requestId: 'a', channel: 'drag' }),
      api.measure('ct', roi, { requestId: 'b', channel: 'drag' }),
      api.measure('ct', roi, { requestId: 'c', channel: 'other' }),
    ]);
    expect(a).toEqual({ cancelled: true, requestId: 'a' });
    expect(b.cancelled).toBe(false);
    expect(c.cancelled).toBe(false);
  });
  it('grows from a seed in mm and reports named errors', async () => {
    const api = createEngineApi();
    api.putVolume('ct', makeVolume(g, data, 'HU'));
    const r = await api.grow('ct', { mode: 'threshold', seedMm: [0, 0, 0], lower: 3, upper: 3 }, { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error('expected a result');
    expect(r.value.voxelCount).toBe(18);
    expect(await api.grow('nope', { mode: 'threshold', seedMm: [0, 0, 0], lower: 0, upper: 1 }, { requestId: 2 })).toEqual({ cancelled: false, requestId: 2, ok: false, error: 'no volume nope' });
    expect(api.dropVolume('ct')).toBe(true);
    expect(api.listVolumes()).toEqual([]);
  });
  it('fits ADC in chunks, stores the map, and cancels between chunks', async () => {
    const api = createEngineApi();
    const b0 = Float32Array.of(100, 100, 100, 100), b1 = Float32Array.of(50, 25, 100, 0);
    const r = await api.fitAdc({ images: [b0, b1], bValues: [0, 1000], chunkVoxels: 2, storeAs: { id: 'adc', geometry: makeGeometry([4, 1, 1]) } }, { requestId: 1 });
    if (r.cancelled || !r.ok) throw new Error('expected a result');
    expect(Array.from(r.value).map((x) => +x.toFixed(4))).toEqual([Math.log(2), Math.log(4), 0, 0].map((x) => +x.toFixed(4)));
    expect(api.listVolumes()).toEqual(['adc']);
    const m = await api.measure('adc', cropMask(makeMask([4, 1, 1], [1, 1, 0, 0])), { requestId: 2 });
    if (m.cancelled || !m.ok) throw new Error('expected a result');
    expect(m.value.result.unit).toBe('10^-3 mm2/s');
    const p = api.fitAdc({ images: [b0, b1], bValues: [0, 1000], chunkVoxels: 1 }, { requestId: 3, channel: 'adc' });
    api.cancel('adc');
    expect(await p).toEqual({ cancelled: true, requestId: 3 });
  });
});

describe('createEngineApi mask input', () => {
  it('rejects a cropped mask from another grid', async () => {
    const api = createEngineApi();
    api.putVolume('ct', makeVolume(g, data, 'HU'));
    const r = await api.measure('ct', cropMask(makeMask([2, 1, 1], [1, 1])), { requestId: 9 });
    expect(r).toEqual({ cancelled: false, requestId: 9, ok: false, error: 'mask grid 2x1x1 differs from volume 4x3x2' });
  });
});

describe('createEngineApi mask buffer reuse', () => {
  it('keeps results independent across sequential and concurrent requests', async () => {
    const api = createEngineApi();
    api.putVolume('ct', makeVolume(g, data, 'HU'));
    const big = { type: 'box', minMm: [0, 0, 0], maxMm: [6, 4, 2] } as const; // all 24 voxels
    const small = { type: 'box', minMm: [2, 2, 2], maxMm: [2, 2, 2] } as const; // voxel (1,1,1)
    const count = (r: Awaited<ReturnType<typeof api.measure>>) => (r.cancelled || !r.ok ? -1 : r.value.result.voxelCount);
    expect(count(await api.measure('ct', big, { requestId: 1 }))).toBe(24);
    expect(count(await api.measure('ct', small, { requestId: 2 }))).toBe(1);
    const grown = await api.grow('ct', { mode: 'threshold', seedMm: [0, 0, 0], lower: 3, upper: 3 }, { requestId: 3 });
    expect(grown.cancelled || !grown.ok ? -1 : grown.value.voxelCount).toBe(18);
    const [a, b] = await Promise.all([api.measure('ct', big, { requestId: 4, channel: 'x' }), api.measure('ct', small, { requestId: 5, channel: 'y' })]);
    expect([count(a), count(b)]).toEqual([24, 1]);
    expect(count(await api.measure('ct', small, { requestId: 6 }))).toBe(1);
  });
});
