import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInstance, type Instance } from '@caliper/dicom';
import type { El } from '../../../../../packages/dicom/src/__fixtures__/writeDicom';
import { encodeElements, writeSlice } from '../../../../../packages/dicom/src/__fixtures__/writeDicom';
import { adcDisplayMapping } from '../adcDisplay';

const fd = (v: number): Uint8Array => new Uint8Array(Float64Array.of(v).buffer);

/** Explicit VR LE sequence with one defined-length item. */
function seq(els: readonly El[]): Uint8Array {
  const body = encodeElements(els);
  const out = new Uint8Array(8 + body.length);
  const h = new DataView(out.buffer);
  h.setUint16(0, 0xfffe, true);
  h.setUint16(2, 0xe000, true);
  h.setUint32(4, body.length, true);
  out.set(body, 8);
  return out;
}

/** RWVM item in UCUM `code` with slope/intercept (as `caliper adc` writes). */
const rwvm = (code: string, slope: number, intercept: number): El => ({
  tag: 0x00409096,
  vr: 'SQ',
  value: seq([
    { tag: 0x004008ea, vr: 'SQ', value: seq([{ tag: 0x00080100, vr: 'SH', value: code }, { tag: 0x00080102, vr: 'SH', value: 'UCUM' }, { tag: 0x00080104, vr: 'LO', value: code }]) },
    { tag: 0x00409210, vr: 'SH', value: 'ADC' },
    { tag: 0x00409211, vr: 'US', value: [65535] },
    { tag: 0x00409216, vr: 'US', value: [0] },
    { tag: 0x00409224, vr: 'FD', value: fd(intercept) },
    { tag: 0x00409225, vr: 'FD', value: fd(slope) },
  ]),
});

function mr(extra: El[], opts: { slope?: number; intercept?: number } = {}): Instance {
  const bytes = writeSlice({ sop: '2.25.77', modality: 'MR', ipp: [0, 0, 0], iop: [1, 0, 0, 0, 1, 0], spacing: [2, 2], pixels: Uint16Array.of(1, 2, 3, 4), signed: false, extra, ...opts });
  const r = parseInstance(bytes, 'a.dcm');
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}

const displayed = (stored: number, rs: number, ri: number) => stored * rs + ri;

describe('adcDisplayMapping: Cornerstone value (Modality LUT applied) → ADC in 10^-3 mm2/s', () => {
  it('RWVM µm²/s maps STORED values: rescale 5/7, RWV slope 2, intercept 10; stored 100 (shown 507) → 0.21', () => {
    const m = adcDisplayMapping(mr([rwvm('um2/s', 2, 10)], { slope: 5, intercept: 7 }))!;
    expect(m).toBeDefined();
    // (100 × 2 + 10) µm²/s = 210 µm²/s = 0.21 × 10^-3 mm2/s
    expect(displayed(100, 5, 7) * m.scale + m.offset).toBeCloseTo(0.21, 9);
  });
  it("ImageType 'ADC' (scanner map, µm²/s after Rescale): 1100 → 1.1", () => {
    const m = adcDisplayMapping(mr([{ tag: 0x00080008, vr: 'CS', value: 'DERIVED\\SECONDARY\\DIFFUSION\\ADC' }]))!;
    expect(m.scale).toBeCloseTo(1e-3, 12);
    expect(1100 * m.scale + m.offset).toBeCloseTo(1.1, 9);
  });
  it('not an ADC map (T2 map in ms, plain MR): undefined', () => {
    expect(adcDisplayMapping(mr([rwvm('ms', 1, 0)]))).toBeUndefined();
    expect(adcDisplayMapping(mr([]))).toBeUndefined();
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../..');
const refDir = path.resolve(repoRoot, '../shared/reference-data/adc-siemens-nist-diffusion-phantom');
if (!existsSync(refDir)) console.warn(`[skip] reference data ${refDir} absent`);

describe.skipIf(!existsSync(refDir))('Siemens scanner ADC map (NIST phantom, series 4001, µm²/s)', () => {
  it('is read as ADC; ice-water vial values (~1085 µm²/s) show as ~1.085 × 10^-3 mm2/s', () => {
    const out = path.join(tmpdir(), 'caliper-ref', 'mrbias_testset_C_ep2d_diff_1');
    if (!existsSync(path.join(out, '.done'))) {
      mkdirSync(out, { recursive: true });
      execFileSync('tar', ['xzf', path.join(refDir, 'mrbias_testset_C_ep2d_diff_1.tar.gz'), '-C', out]);
      execFileSync('touch', [path.join(out, '.done')]);
    }
    const folder = path.join(out, 'mrbias_testset_C_ep2d_diff_1', 'UTQM21QK');
    const file = readdirSync(folder).sort()[12];
    const r = parseInstance(new Uint8Array(readFileSync(path.join(folder, file))), file);
    if (!r.ok) throw new Error(r.error.reason);
    const m = adcDisplayMapping(r.value)!;
    expect(m).toBeDefined();
    expect(r.value.modality).toBe('MR');
    // Stored 1085 µm²/s, shown by Cornerstone after its Rescale, is 1.085 × 10^-3 mm2/s.
    expect(displayed(1085, r.value.rescaleSlope, r.value.rescaleIntercept) * m.scale + m.offset).toBeCloseTo(1.085, 9);
  });
});
