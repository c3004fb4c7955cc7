import { describe, expect, it } from 'vitest';
import { parseInstance } from '@caliper/dicom';
import type { Instance } from '@caliper/dicom';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';
import { planDynamicSeries } from '../planDynamicSeries';

/** A 3×2×2 dynamic MR series: `times` (s) as TriggerTime with TemporalPositionIdentifier, or as AcquisitionTime only. */
function series(times: readonly number[], o: { tpi?: boolean; omitFa?: boolean; omitTr?: boolean; shiftPhase?: number; bValues?: readonly number[] } = {}): Instance[] {
  const out: Instance[] = [];
  times.forEach((t, p) => {
    for (let k = 0; k < 2; k++) {
      const extra: El[] = [
        { tag: 0x0008103e, vr: 'LO', value: 'DCE' },
        { tag: 0x00200011, vr: 'IS', value: '7' },
        ...(o.omitTr ? [] : [{ tag: 0x00180080, vr: 'DS', value: '4' }]),
        ...(o.omitFa ? [] : [{ tag: 0x00181314, vr: 'DS', value: '15' }]),
      ];
      if (o.bValues) extra.push({ tag: 0x00189087, vr: 'FD', value: new Uint8Array(new Float64Array([o.bValues[p]]).buffer) });
      if (o.tpi !== false) extra.push({ tag: 0x00200100, vr: 'IS', value: String(p + 1) }, { tag: 0x00181060, vr: 'DS', value: String(t * 1000) });
      else extra.push({ tag: 0x00080032, vr: 'TM', value: `1000${String(t).padStart(2, '0')}` });
      const z = 2 * k + (o.shiftPhase === p ? 0.5 : 0);
      const bytes = writeSlice({ sop: `2.25.9.${p}.${k}`, series: '2.25.9', modality: 'MR', rows: 2, columns: 3, ipp: [0, 0, z], iop: [1, 0, 0, 0, 1, 0], spacing: [1, 1], instanceNumber: p * 2 + k + 1, pixels: new Uint16Array(6).fill(100 + p), signed: false, extra });
      const r = parseInstance(bytes, `p${p}s${k}.dcm`);
      if (!r.ok) throw new Error(r.error.reason);
      out.push(r.value);
    }
  });
  return out.reverse();
}

describe('planDynamicSeries', () => {
  it('a diffusion series (several b-values at the same positions) is not a dynamic series, and says so', () => {
    const r = planDynamicSeries(series([0, 6.5, 13], { tpi: false, bValues: [0, 400, 800] }));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/not a dynamic series: a diffusion series \(b = 0, 400, 800 s\/mm²\)/) });
  });

  it('phases by TemporalPositionIdentifier, times from TriggerTime, slices in k order, FA and TR', () => {
    const r = planDynamicSeries(series([0, 6.5, 13]));
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toMatchObject({ timesS: [0, 6.5, 13], timeSource: 'TriggerTime (0018,1060)', groupedBy: 'TemporalPositionIdentifier (0020,0100)', flipAngleDeg: 15, trMs: 4, label: '#7 DCE 2.25.9' });
    expect(r.value.geometry.dimensions).toEqual([3, 2, 2]);
    expect(r.value.phases.map((ph) => ph.map((i) => i.sopInstanceUID))).toEqual([0, 1, 2].map((p) => [`2.25.9.${p}.0`, `2.25.9.${p}.1`]));
  });

  it('without TemporalPositionIdentifier: phases and times by AcquisitionTime', () => {
    const r = planDynamicSeries(series([0, 10, 20], { tpi: false }));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.timesS).toEqual([0, 10, 20]);
    expect(r.value.groupedBy).toMatch(/AcquisitionTime/);
  });

  it('bad input: the series named with what is wrong or missing', () => {
    const why = (x: ReturnType<typeof planDynamicSeries>) => (x.ok ? 'ok' : x.error);
    expect(why(planDynamicSeries(series([0])))).toMatch(/^#7 DCE 2\.25\.9: not a dynamic series: one image per slice position/);
    expect(why(planDynamicSeries(series([0, 10, 5])))).toMatch(/^#7 DCE 2\.25\.9: times not strictly increasing: phase 3 at 5 s is not after phase 2 at 10 s/);
    expect(why(planDynamicSeries(series([0, 10], { omitFa: true })))).toMatch(/FlipAngle \(0018,1314\) missing in p\d+s\d+\.dcm/);
    expect(why(planDynamicSeries(series([0, 10], { omitTr: true })))).toMatch(/RepetitionTime \(0018,0080\) missing/);
    expect(why(planDynamicSeries(series([0, 10, 20], { shiftPhase: 1 })))).toMatch(/#7 DCE 2\.25\.9: /);
  });
});
