import { describe, expect, it } from 'vitest';
import type { SliceSpec } from '../../__fixtures__/writeDicom';
import { writeSlice } from '../../__fixtures__/writeDicom';
import type { Instance } from '../../model/instance';
import { parseInstance } from '../../parse/parseInstance';
import { groupSeries } from '../groupSeries';

const AXIAL = [1, 0, 0, 0, 1, 0];
const px = () => Int16Array.from([0, 1, 2, 3, 4, 5]);

function inst(name: string, s: Omit<SliceSpec, 'pixels'>): Instance {
  const r = parseInstance(writeSlice({ pixels: px(), spacing: [0.5, 0.5], ...s }), name);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}

describe('groupSeries', () => {
  it('sorts by position along the normal, not by file name or instance number', () => {
    // Instance numbers and file names run opposite to / shuffled against position.
    const list = [
      inst('a.dcm', { sop: '1.1', ipp: [0, 0, 10], iop: AXIAL, instanceNumber: 1 }),
      inst('b.dcm', { sop: '1.2', ipp: [0, 0, -5], iop: AXIAL, instanceNumber: 2 }),
      inst('c.dcm', { sop: '1.3', ipp: [0, 0, 0], iop: AXIAL, instanceNumber: 3 }),
      inst('d.dcm', { sop: '1.4', ipp: [0, 0, 5], iop: AXIAL, instanceNumber: 4 }),
    ];
    const { series, errors } = groupSeries(list);
    expect(errors).toEqual([]);
    expect(series).toHaveLength(1);
    const s = series[0];
    expect(s.slices.map((x) => x.instance.file)).toEqual(['b.dcm', 'c.dcm', 'd.dcm', 'a.dcm']);
    expect(s.slices.map((x) => x.distance)).toEqual([-5, 0, 5, 10]);
    expect(s.spacing).toEqual({ spacing: 5, uniform: true });
    expect(s.isVolume).toBe(true);
    expect(s.normal).toEqual([0, 0, 1]);
  });

  it('projects on an oblique normal', () => {
    // Rows along x, columns along (0, cos, -sin) (30° tilt): normal = row × col = (0, sin, cos).
    const c = Math.cos(Math.PI / 6);
    const sn = Math.sin(Math.PI / 6);
    const iop = [1, 0, 0, 0, c, -sn];
    const n = [0, sn, c];
    const at = (d: number) => [0, n[1] * d, n[2] * d];
    const { series } = groupSeries([inst('x', { sop: '2.1', ipp: at(6), iop }), inst('y', { sop: '2.2', ipp: at(3), iop }), inst('z', { sop: '2.3', ipp: at(0), iop })]);
    expect(series[0].slices.map((s) => s.instance.file)).toEqual(['z', 'y', 'x']);
    expect(series[0].spacing!.spacing).toBeCloseTo(3, 9);
  });

  it('splits mixed orientation / size into sub-stacks with a reason', () => {
    const SAG = [0, 1, 0, 0, 0, -1];
    const list = [
      inst('ax1', { sop: '3.1', ipp: [0, 0, 0], iop: AXIAL }),
      inst('ax2', { sop: '3.2', ipp: [0, 0, 1], iop: AXIAL }),
      inst('sag', { sop: '3.3', ipp: [0, 0, 0], iop: SAG }),
      inst('big', { sop: '3.4', ipp: [0, 0, 2], iop: AXIAL, rows: 1, columns: 6 }),
    ];
    const { series } = groupSeries(list);
    expect(series.map((s) => s.id)).toEqual(['1.2.3.4.5', '1.2.3.4.5#2', '1.2.3.4.5#3']);
    expect(series[0].slices).toHaveLength(2);
    expect(series.every((s) => /series mixes 3 image geometries/.test(s.splitReason ?? ''))).toBe(true);
  });

  it('missing geometry and duplicate positions: not a volume, with the reason', () => {
    const { series } = groupSeries([
      inst('p', { sop: '4.1', series: '9.1', instanceNumber: 2 }),
      inst('q', { sop: '4.2', series: '9.1', instanceNumber: 1 }),
      inst('r', { sop: '4.3', series: '9.2', ipp: [0, 0, 0], iop: AXIAL }),
      inst('s', { sop: '4.4', series: '9.2', ipp: [0, 0, 0], iop: AXIAL }),
    ]);
    const [a, b] = series;
    expect(a.isVolume).toBe(false);
    expect(a.notVolumeReason).toMatch(/missing geometry: no ImageOrientationPatient/);
    expect(a.slices.map((s) => s.instance.file)).toEqual(['q', 'p']);
    expect(b.isVolume).toBe(false);
    expect(b.notVolumeReason).toMatch(/duplicate slice position 0\.000 mm .*\(r, s\)/);
  });

  it('reports non-images and duplicate SOP instances; keeps duplicates when dedupe is off', () => {
    const a = inst('a', { sop: '5.1', ipp: [0, 0, 0], iop: AXIAL });
    const again = { ...a, file: 'a-copy' };
    const noPixels = { ...a, sopInstanceUID: '5.2', file: 'sr', hasPixelData: false };
    const r = groupSeries([a, again, noPixels]);
    expect(r.series[0].slices).toHaveLength(1);
    expect(r.errors.map((e) => e.file)).toEqual(['a-copy', 'sr']);
    expect(r.errors[0].reason).toMatch(/duplicate SOPInstanceUID 5\.1 \(already loaded from a\)/);
    expect(r.errors[1].reason).toMatch(/not an image/);
    expect(groupSeries([a, again], { dedupe: false }).series[0].slices).toHaveLength(2);
  });
});

describe('groupSeries: repeated positions', () => {
  const fd = (v: number) => ({ tag: 0x00189087, vr: 'FD', value: new Uint8Array(new Float64Array([v]).buffer) });
  const dwi = (name: string, sop: string, z: number, b: number) => inst(name, { sop, modality: 'MR', ipp: [0, 0, z], iop: AXIAL, extra: [fd(b)] });

  it('splits a series holding several b-values at the same positions into one stack per b-value', () => {
    const list = [dwi('a', '6.1', 0, 800), dwi('b', '6.2', 5, 800), dwi('c', '6.3', 0, 0), dwi('d', '6.4', 5, 0), dwi('e', '6.5', 0, 50), dwi('f', '6.6', 5, 50)];
    const { series } = groupSeries(list);
    expect(series.map((s) => [s.id, s.stackLabel, s.slices.map((x) => x.instance.file).join('')])).toEqual([
      ['1.2.3.4.5', 'DiffusionBValue = 0', 'cd'],
      ['1.2.3.4.5#2', 'DiffusionBValue = 50', 'ef'],
      ['1.2.3.4.5#3', 'DiffusionBValue = 800', 'ab'],
    ]);
    expect(series.every((s) => s.isVolume)).toBe(true);
    expect(series[2].splitReason).toBe('series repeats its slice positions in 3 stacks; split by DiffusionBValue (0018,9087), this stack has DiffusionBValue = 800');
  });

  it('keeps true duplicates together (no discriminating attribute) and flags them', () => {
    const { series } = groupSeries([inst('x', { sop: '7.1', ipp: [0, 0, 0], iop: AXIAL }), inst('y', { sop: '7.2', ipp: [0, 0, 0], iop: AXIAL })]);
    expect(series).toHaveLength(1);
    expect(series[0].isVolume).toBe(false);
  });
});
