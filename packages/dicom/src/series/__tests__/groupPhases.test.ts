import { describe, expect, it } from 'vitest';
import type { El } from '../../__fixtures__/writeDicom';
import { writeSlice } from '../../__fixtures__/writeDicom';
import type { Instance } from '../../model/instance';
import { parseInstance } from '../../parse/parseInstance';
import { groupPhases } from '../groupPhases';
import { parseDateTimeSeconds, parseTmSeconds } from '../readPhaseTime';

const AXIAL = [1, 0, 0, 0, 1, 0];

function img(sop: string, z: number, extra: El[]): Instance {
  const r = parseInstance(writeSlice({ sop, modality: 'MR', ipp: [0, 0, z], iop: AXIAL, spacing: [1, 1], pixels: new Int16Array(6), extra }), `${sop}.dcm`);
  if (!r.ok) throw new Error(r.error.reason);
  return r.value;
}
const tpi = (v: number): El => ({ tag: 0x00200100, vr: 'IS', value: String(v) });
const trig = (ms: number): El => ({ tag: 0x00181060, vr: 'DS', value: String(ms) });
const acq = (tm: string): El => ({ tag: 0x00080032, vr: 'TM', value: tm });

describe('groupPhases', () => {
  it('groups by TemporalPositionIdentifier and times phases by TriggerTime (ms → s) when it differs', () => {
    const list = [2, 1, 3].flatMap((p) => [0, 2].map((z) => img(`1.${p}.${z}`, z, [tpi(p), trig((p - 1) * 6510 + z), acq('100000')])));
    const r = groupPhases(list);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.groupedBy).toBe('TemporalPositionIdentifier (0020,0100)');
    expect(r.value.timeSource).toBe('TriggerTime (0018,1060)');
    // Earliest over the phase's slices, seconds after the first phase.
    expect(r.value.phases.map((p) => p.timeS)).toEqual([0, 6.51, 13.02]);
    expect(r.value.phases.map((p) => p.instances.length)).toEqual([2, 2, 2]);
  });

  it('falls back to AcquisitionTime when TriggerTime is constant', () => {
    const list = [1, 2].flatMap((p) => [0, 2].map((z) => img(`2.${p}.${z}`, z, [tpi(p), trig(0), acq(p === 1 ? '235959.5' : '000010')])));
    const r = groupPhases(list.map((i) => i));
    // Without AcquisitionDate the clock is time of day: 00:00:10 is before 23:59:59.5.
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^times not strictly increasing: phase 2 at -86389.5 s is not after phase 1 at 0 s \(AcquisitionTime/);
  });

  it('groups by acquisition time without TPI: one time per phase, or ranked per position (2D multi-slice)', () => {
    const perPhase = [0, 1, 2].flatMap((p) => [0, 2, 4].map((z) => img(`3.${p}.${z}`, z, [acq(`1000${String(p * 5).padStart(2, '0')}`)])));
    const a = groupPhases(perPhase);
    if (!a.ok) throw new Error(a.error);
    expect(a.value.groupedBy).toBe('AcquisitionTime (0008,0032)');
    expect(a.value.phases.map((p) => p.timeS)).toEqual([0, 5, 10]);
    const perSlice = [0, 1, 2].flatMap((p) => [0, 2, 4].map((z, k) => img(`4.${p}.${z}`, z, [acq(`1000${String(p * 5).padStart(2, '0')}.${k}`)])));
    const b = groupPhases(perSlice);
    if (!b.ok) throw new Error(b.error);
    expect(b.value.groupedBy).toBe('AcquisitionTime (0008,0032), rank at each slice position');
    expect(b.value.phases.map((p) => p.timeS)).toEqual([0, 5, 10]);
    expect(b.value.phases.every((p) => p.instances.length === 3)).toBe(true);
  });

  it('names what is wrong: one image per position, incomplete phases', () => {
    const single = [0, 2].map((z) => img(`5.${z}`, z, [tpi(1), acq('100000')]));
    expect(groupPhases(single)).toEqual({ ok: false, error: 'not a dynamic series: one image per slice position (2 images at 2 positions)' });
    const missing = [img('6.1.0', 0, [tpi(1), acq('100000')]), img('6.1.2', 2, [tpi(1), acq('100000')]), img('6.2.0', 0, [tpi(2), acq('100005')])];
    const r = groupPhases(missing);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('phase 2 has 1 of the series\' 2 slice positions (grouped by TemporalPositionIdentifier (0020,0100))');
  });
});

describe('DICOM times', () => {
  it('TM with and without fractions/colons; DA + TM as seconds since 1970', () => {
    expect(parseTmSeconds('101530.25')).toBe(10 * 3600 + 15 * 60 + 30.25);
    expect(parseTmSeconds('10:15:30')).toBe(36930);
    expect(parseTmSeconds('1015')).toBe(36900);
    expect(parseTmSeconds('xx')).toBeUndefined();
    expect(parseDateTimeSeconds('20250102', '000001')! - parseDateTimeSeconds('20250101', '235959')!).toBe(2);
  });
});
