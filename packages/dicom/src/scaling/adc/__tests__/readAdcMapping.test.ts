import { describe, expect, it } from 'vitest';
import type { El } from '../../../__fixtures__/writeDicom';
import { encodeElements, writeSlice } from '../../../__fixtures__/writeDicom';
import type { Instance } from '../../../model/instance';
import { parseInstance } from '../../../parse/parseInstance';
import { groupSeries } from '../../../series/groupSeries';
import { buildVolume } from '../../../volume/buildVolume';
import { unitOf } from '../../../volume/unitOf';
import { readAdcMapping } from '../readAdcMapping';

const fd = (v: number): Uint8Array => new Uint8Array(Float64Array.of(v).buffer);

/** Explicit VR LE sequence value: each item with a defined length. */
function seq(items: readonly (readonly El[])[]): Uint8Array {
  const parts = items.map((els) => {
    const body = encodeElements(els);
    const head = new DataView(new ArrayBuffer(8));
    head.setUint16(0, 0xfffe, true);
    head.setUint16(2, 0xe000, true);
    head.setUint32(4, body.length, true);
    return [new Uint8Array(head.buffer), body];
  }).flat();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** Real World Value Mapping Sequence with one item: unit code, slope, intercept. */
const rwvm = (code: string, slope: number, intercept: number, scheme = 'UCUM'): El => ({
  tag: 0x00409096,
  vr: 'SQ',
  value: seq([[
    { tag: 0x00283003, vr: 'LO', value: 'ADC' },
    { tag: 0x004008ea, vr: 'SQ', value: seq([[{ tag: 0x00080100, vr: 'SH', value: code }, { tag: 0x00080102, vr: 'SH', value: scheme }, { tag: 0x00080104, vr: 'LO', value: code }]]) },
    { tag: 0x00409210, vr: 'SH', value: 'ADC' },
    { tag: 0x00409211, vr: 'US', value: [65535] },
    { tag: 0x00409216, vr: 'US', value: [0] },
    { tag: 0x00409224, vr: 'FD', value: fd(intercept) },
    { tag: 0x00409225, vr: 'FD', value: fd(slope) },
  ]]),
});
const imageType = (v: string): El => ({ tag: 0x00080008, vr: 'CS', value: v });

function slices(modality: string, extra: El[], stored: number, opts: { slope?: number; intercept?: number } = {}): Instance[] {
  return [0, 1].map((k) => {
    const r = parseInstance(writeSlice({ sop: `2.25.5.${k}`, modality, ipp: [0, 0, 4 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [2, 2], pixels: Uint16Array.from({ length: 6 }, () => stored), signed: false, extra, ...opts }), `a${k}.dcm`);
    if (!r.ok) throw new Error(r.error.reason);
    return r.value;
  });
}

describe('readAdcMapping / unitOf / buildVolume on stored ADC maps', () => {
  it("caliper adc's mapping (UCUM um2/s, slope 1): stored 853 → 0.853 × 10^-3 mm2/s", async () => {
    const s = slices('MR', [rwvm('um2/s', 1, 0), imageType('DERIVED\\SECONDARY\\DIFFUSION MAP\\ADC')], 853);
    expect(readAdcMapping(s[0])).toEqual({ slope: 1, intercept: 0, toHouseUnit: 1e-3, source: 'Real World Value Mapping (UCUM um2/s)' });
    expect(unitOf(s[0])).toBe('10^-3 mm2/s');
    const v = await buildVolume(groupSeries(s).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.unit).toBe('10^-3 mm2/s');
    expect(v.value.data).toBeInstanceOf(Float32Array);
    expect(v.value.data[0]).toBeCloseTo(0.853, 6);
  });
  it('RWVM maps STORED values (PS3.3 C.7.6.16.2.11.1): Rescale is ignored; slope 2, intercept 10 µm²/s: 100 → 0.21', async () => {
    const s = slices('MR', [rwvm('um2/s', 2, 10)], 100, { slope: 5, intercept: 7 });
    const v = await buildVolume(groupSeries(s).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.data[5]).toBeCloseTo(0.21, 6);
  });
  it('UCUM mm2/s (slope 1e-6): stored 1200 → 1.2 × 10^-3 mm2/s', async () => {
    const s = slices('MR', [rwvm('mm2/s', 1e-6, 0)], 1200);
    const v = await buildVolume(groupSeries(s).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.data[0]).toBeCloseTo(1.2, 6);
  });
  it("scanner ADC map without RWVM: ImageType value 'ADC' → µm²/s after Rescale (Siemens DERIVED\\SECONDARY\\DIFFUSION\\ADC)", async () => {
    const s = slices('MR', [imageType('DERIVED\\SECONDARY\\DIFFUSION\\ADC\\DIS3D\\MFSPLIT')], 1100, { slope: 1, intercept: 0 });
    expect(readAdcMapping(s[0])?.toHouseUnit).toBe(1e-3);
    const v = await buildVolume(groupSeries(s).series[0]);
    if (!v.ok) throw new Error(v.error.reason);
    expect(v.value.unit).toBe('10^-3 mm2/s');
    expect(v.value.data[3]).toBeCloseTo(1.1, 6);
  });
  it('not ADC: EADC (unitless), DWI trace, a T2 map in ms, a non-UCUM code, ADC ImageType on CT', () => {
    expect(unitOf(slices('MR', [imageType('DERIVED\\PRIMARY\\DIFFUSION\\EADC')], 1)[0])).toBe('raw');
    expect(unitOf(slices('MR', [imageType('DERIVED\\SECONDARY\\DIFFUSION\\TRACEW')], 1)[0])).toBe('raw');
    expect(readAdcMapping(slices('MR', [rwvm('ms', 1, 0)], 1)[0])).toBeUndefined();
    expect(readAdcMapping(slices('MR', [rwvm('um2/s', 1, 0, '99LOCAL')], 1)[0])).toBeUndefined();
    expect(readAdcMapping(slices('CT', [imageType('DERIVED\\SECONDARY\\ADC')], 1)[0])).toBeUndefined();
    expect(unitOf(slices('CT', [imageType('DERIVED\\SECONDARY\\ADC')], 1)[0])).toBe('HU');
  });
});
