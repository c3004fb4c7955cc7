import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import dicomParser from 'dicom-parser';
import { describe, expect, it } from 'vitest';
import { referenceDir, unpack } from '../../../testing/referenceData';
import { groupByBValue } from '../groupByBValue';
import { geBValue, readBValue } from '../readBValue';
import { encodeDataSet, float32, float64 } from './encodeDataSet';

describe('readBValue (hand-built data sets)', () => {
  it('standard DiffusionBValue (0018,9087) FD wins over private tags', () => {
    const ds = encodeDataSet([['00189087', 'FD', float64(800)], ['0019100c', 'IS', '1000'], ['00080070', 'LO', 'SIEMENS']]);
    expect(readBValue(ds)).toEqual({ bValue: 800, source: '(0018,9087) DiffusionBValue' });
  });
  it('Siemens (0019,100C) IS text', () => {
    expect(readBValue(encodeDataSet([['00080070', 'LO', 'SIEMENS'], ['0019100c', 'IS', '1500']]))?.bValue).toBe(1500);
  });
  it('Siemens (0019,100C) stored binary (UN, 8-byte double)', () => {
    expect(readBValue(encodeDataSet([['00080070', 'LO', 'SIEMENS'], ['0019100c', 'UN', float64(50)]]))?.bValue).toBe(50);
  });
  it('GE (0043,1039): first value, 1e9 bias of multi-b scans removed', () => {
    expect(geBValue(1000000500)).toBe(500);
    expect(geBValue(1000)).toBe(1000);
    const ds = encodeDataSet([['00080070', 'LO', 'GE MEDICAL SYSTEMS'], ['00431039', 'IS', '1000000800\\8\\0\\0']]);
    expect(readBValue(ds)).toEqual({ bValue: 800, source: '(0043,xx39) GE slop_int_6 (mod 1e9)' });
  });
  it('Philips (2001,1003) FL', () => {
    expect(readBValue(encodeDataSet([['00080070', 'LO', 'Philips Medical Systems'], ['20011003', 'FL', float32(1000)]]))?.bValue).toBe(1000);
  });
  it('no b-value tag: undefined', () => {
    expect(readBValue(encodeDataSet([['00080070', 'LO', 'SIEMENS']]))).toBeUndefined();
  });
});

describe('groupByBValue', () => {
  it('groups within tolerance, ascending, unknown apart', () => {
    const r = groupByBValue([1000, 0, 995, 500, undefined, 0, 1003], (b) => b);
    expect(r.groups.map((g) => [g.bValue, g.items.length])).toEqual([[0, 2], [500, 1], [1000, 3]]);
    expect(r.unknown).toEqual([undefined]);
  });
});

const dir = referenceDir('adc-siemens-nist-diffusion-phantom');
describe.skipIf(!dir)('NIST diffusion phantom (b only in Siemens (0019,100C))', () => {
  it('finds b = 0/500/1000/1500/2000 with 25 slices each; the ADC map series has none', () => {
    const root = path.join(unpack(path.join(dir!, 'mrbias_testset_C_ep2d_diff_1.tar.gz')), 'mrbias_testset_C_ep2d_diff_1');
    const items = readdirSync(root).flatMap((folder) =>
      readdirSync(path.join(root, folder)).map((f) => ({ folder, ds: dicomParser.parseDicom(new Uint8Array(readFileSync(path.join(root, folder, f)))) })),
    );
    const { groups, unknown } = groupByBValue(items, (it) => readBValue(it.ds)?.bValue);
    expect(groups.map((g) => [g.bValue, g.items.length])).toEqual([[0, 25], [500, 25], [1000, 25], [1500, 25], [2000, 25]]);
    expect(new Set(unknown.map((u) => u.folder))).toEqual(new Set(['UTQM21QK']));
    expect(readBValue(groups[2].items[0].ds)?.source).toContain('0019,xx0C');
  });
});

describe('readBValue: private creator guard', () => {
  it('ignores (0019,100C) when group 0019 belongs to another creator (e.g. Siemens CT)', () => {
    const ds = encodeDataSet([['00080070', 'LO', 'SIEMENS'], ['00190010', 'LO', 'SIEMENS CT VA0  COAD'], ['0019100c', 'IS', '7']]);
    expect(readBValue(ds)).toBeUndefined();
  });
  it('reads it under SIEMENS MR HEADER', () => {
    const ds = encodeDataSet([['00080070', 'LO', 'SIEMENS'], ['00190010', 'LO', 'SIEMENS MR HEADER'], ['0019100c', 'IS', '800']]);
    expect(readBValue(ds)?.bValue).toBe(800);
  });
});

describe('readBValue: private block other than 0x10', () => {
  it('finds GEMS_PARM_01 in block 0x11 → (0043,1139)', () => {
    const ds = encodeDataSet([['00080070', 'LO', 'GE MEDICAL SYSTEMS'], ['00430010', 'LO', 'GEMS_OTHER'], ['00430011', 'LO', 'GEMS_PARM_01'], ['00431039', 'IS', '7'], ['00431139', 'IS', '1000000500\\8\\0\\0']]);
    expect(readBValue(ds)?.bValue).toBe(500);
  });
});
