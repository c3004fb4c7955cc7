import { describe, expect, it } from 'vitest';
import { encodeDataSet } from '../../scaling/diffusion/__tests__/encodeDataSet';
import { identifyTracer, tracerFamily } from '../identifyTracer';
import { readRadiopharmaceutical } from '../readRadiopharmaceutical';

const F18 = { scheme: 'SCT', value: '77004003', meaning: '^18^Fluorine' };
const GA68 = { scheme: 'SCT', value: '35337001', meaning: '^68^Gallium' };

describe('identifyTracer: codes first, then the free text (issue 14 table)', () => {
  it('FDG by SCT code, nuclide by code, nominal half-life: no warning', () => {
    const t = identifyTracer({ radiopharmaceuticalCode: { scheme: 'SCT', value: '35321007', meaning: 'Fluorodeoxyglucose F^18^' }, radionuclideCode: F18, radiopharmaceutical: 'FDG -- fluorodeoxyglucose', halfLifeS: 6586.2 });
    expect(t).toEqual({ name: 'FDG', code: { scheme: 'SCT', value: '35321007', meaning: 'Fluorodeoxyglucose F^18^' }, nuclide: 'F-18', halfLifeS: 6586.2, warnings: [] });
  });
  it('legacy SRT codes are recognised (FDG C-B1031, Ga-68 C-131A3)', () => {
    const t = identifyTracer({ radiopharmaceuticalCode: { scheme: 'SRT', value: 'C-B1031', meaning: 'Fluorodeoxyglucose F^18^' }, radionuclideCode: { scheme: 'SRT', value: 'C-111A1', meaning: '^18^Fluorine' } });
    expect([t.name, t.nuclide]).toEqual(['FDG', 'F-18']);
    expect(identifyTracer({ radionuclideCode: { scheme: 'SRT', value: 'C-131A3', meaning: '^68^Gallium' } }).nuclide).toBe('Ga-68');
  });
  it('text only: PSMA-11 and PSMA-1007 are different tracers, case- and punctuation-insensitive', () => {
    expect(identifyTracer({ radiopharmaceutical: 'Ga-68 PSMA-11' }).name).toBe('PSMA-11');
    expect(identifyTracer({ radiopharmaceutical: 'psma-hbed-cc' }).name).toBe('PSMA-11');
    expect(identifyTracer({ radiopharmaceutical: 'Gozetotide' }).name).toBe('PSMA-11');
    expect(identifyTracer({ radiopharmaceutical: '18F-PSMA-1007' }).name).toBe('PSMA-1007');
    expect(identifyTracer({ radiopharmaceutical: 'PSMA 1007' }).name).toBe('PSMA-1007');
    expect(identifyTracer({ radiopharmaceutical: 'piflufolastat F 18' }).name).toBe('DCFPyL');
    expect(identifyTracer({ radiopharmaceutical: 'Fluoromisonidazole' }).name).toBe('FMISO');
    expect(identifyTracer({ radiopharmaceutical: 'Fluoroazomycin arabinoside' }).name).toBe('FAZA');
    expect(identifyTracer({ radiopharmaceutical: 'Ga68-DOTATATE' }).name).toBe('DOTATATE');
  });
  it('text only: code and nuclide come from the table', () => {
    const t = identifyTracer({ radiopharmaceutical: 'PSMA-11', halfLifeS: 4062.6 });
    expect(t).toEqual({ name: 'PSMA-11', code: { scheme: 'NCIt', value: 'C118961', meaning: 'PSMA-11 Ga^68^' }, nuclide: 'Ga-68', halfLifeS: 4062.6, warnings: [] });
    expect(identifyTracer({ radiopharmaceutical: 'FAZA' }).code).toBeNull();
  });
  it('unrecognised: the free text is the name; the header code is kept as is', () => {
    const t = identifyTracer({ radiopharmaceutical: 'Ga68-PSMA', radionuclideCode: { scheme: 'SRT', value: 'C-131A1', meaning: '^68^Gallium' }, halfLifeS: 4057.7 });
    // C-131A1 is ^66^Gallium in SNOMED-RT; the meaning names Ga-68 and is used. 4057.7 vs 4062.6 s is 0.12 %: no warning.
    expect(t).toEqual({ name: 'Ga68-PSMA', code: null, nuclide: 'Ga-68', halfLifeS: 4057.7, warnings: [] });
    expect(tracerFamily(t)).toEqual({ family: 'PSMA', known: true });
    expect(identifyTracer({ radiopharmaceuticalCode: { scheme: 'DCM', value: '126759', meaning: 'PSMA-617 Ga^68^' } })).toMatchObject({ name: 'PSMA-617 Ga^68^', code: { value: '126759' } });
    expect(identifyTracer({})).toEqual({ name: null, code: null, nuclide: null, halfLifeS: null, warnings: [] });
  });
  it('half-life: > 1 % from the nominal is a warning naming the half-life; ≤ 1 % is not', () => {
    // Ga-68 nominal 4062.6 s: 1 % = 40.626 s.
    expect(identifyTracer({ radionuclideCode: GA68, halfLifeS: 4062.6 + 40.6 }).warnings).toEqual([]);
    const w = identifyTracer({ radionuclideCode: GA68, halfLifeS: 4062.6 + 40.7 }).warnings;
    expect(w).toHaveLength(1);
    expect(w[0]).toContain('half-life');
    // F-18 half-life written on a Ga-68 study (a common scanner set-up error): warned, value kept.
    const t = identifyTracer({ radiopharmaceutical: 'PSMA-11', radionuclideCode: GA68, halfLifeS: 6586.2 });
    expect(t.halfLifeS).toBe(6586.2);
    expect(t.warnings.some((m) => m.includes('half-life') && m.includes('62.1 %'))).toBe(true);
  });
  it('code and text that name different tracers: the code wins, with a warning', () => {
    const t = identifyTracer({ radiopharmaceuticalCode: { scheme: 'NCIt', value: 'C118961', meaning: 'PSMA-11 Ga^68^' }, radiopharmaceutical: 'PSMA-1007' });
    expect(t.name).toBe('PSMA-11');
    expect(t.warnings).toHaveLength(1);
    expect(t.warnings[0]).toMatch(/disagree/);
  });
  it('a nuclide that is not the tracer\'s is a warning', () => {
    expect(identifyTracer({ radiopharmaceutical: 'FDG', radionuclideCode: GA68 }).warnings[0]).toMatch(/Ga-68 is not FDG's \(F-18\)/);
  });
  it('tracerFamily: PSMA tracers, FDG, and unknown (FDG assumed, known false)', () => {
    expect(tracerFamily({ name: 'DCFPyL', code: null }).family).toBe('PSMA');
    expect(tracerFamily({ name: 'FMISO', code: null }).family).toBe('hypoxia');
    expect(tracerFamily({ name: 'Choline', code: null })).toEqual({ family: 'FDG', known: false });
  });
});

describe('readRadiopharmaceutical: item 1 of (0054,0016)', () => {
  it('reads codes, texts and half-life from a data set', () => {
    const code = (v: string, s: string, m: string) => item([['00080100', 'SH', v], ['00080102', 'SH', s], ['00080104', 'LO', m]]);
    const rp = item([
      ['00180031', 'LO', 'Ga-68 PSMA-11'],
      ['00181075', 'DS', '4062.6'],
      ['00540300', 'SQ', code('35337001', 'SCT', '^68^Gallium')],
      ['00540304', 'SQ', code('C118961', 'NCIt', 'PSMA-11 Ga^68^')],
    ]);
    const tags = readRadiopharmaceutical(encodeDataSet([['00540016', 'SQ', rp]]));
    expect(tags).toEqual({
      radiopharmaceuticalCode: { scheme: 'NCIt', value: 'C118961', meaning: 'PSMA-11 Ga^68^' },
      radionuclideCode: { scheme: 'SCT', value: '35337001', meaning: '^68^Gallium' },
      radiopharmaceutical: 'Ga-68 PSMA-11',
      halfLifeS: 4062.6,
    });
    expect(readRadiopharmaceutical(encodeDataSet([['00100010', 'PN', 'X']]))).toEqual({});
  });
});

/** One explicit-length SQ item of explicit-VR LE elements (values: text or an encoded SQ). */
function item(elements: [string, string, string | Uint8Array][]): Uint8Array {
  const body: number[] = [];
  for (const [tag, vr, value] of [...elements].sort((a, b) => a[0].localeCompare(b[0]))) {
    const bytes = typeof value === 'string' ? Array.from(new TextEncoder().encode(value)) : Array.from(value);
    if (bytes.length % 2) bytes.push(0x20);
    const g = parseInt(tag.slice(0, 4), 16), e = parseInt(tag.slice(4), 16);
    body.push(g & 0xff, g >> 8, e & 0xff, e >> 8, vr.charCodeAt(0), vr.charCodeAt(1));
    const n = bytes.length;
    if (vr === 'SQ') body.push(0, 0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24);
    else body.push(n & 0xff, n >> 8);
    body.push(...bytes);
  }
  const n = body.length;
  return Uint8Array.from([0xfe, 0xff, 0x00, 0xe0, n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24, ...body]);
}
