import { describe, expect, it } from 'vitest';
import { readSlice } from '../../study/__tests__/readBack';
import { spgrSignal, tissueCurve } from '../dceCurves';
import { DCE_DEMO, dceRegionAt, writeDceStudy } from '../writeDceStudy';

// The demo DCE study read back (explicit VR): geometry, timing tags, the lesion's pixels = the analytic SPGR signal.
const files = new Map<string, Uint8Array>();
const study = writeDceStudy({ emit: (p, b) => files.set(p, b), uid: (l) => `2.25.77${l.length}`, syntax: 'explicit' });
const d = DCE_DEMO;

describe('demo DCE study', () => {
  it('36 phases × 8 slices + 4 flip angles × 8 slices, TemporalPositionIdentifier and TriggerTime, FA and TR', () => {
    const [dyn, vfa] = study.manifest.series;
    expect([dyn.instances.length, vfa.instances.length, files.size]).toEqual([288, 32, 320]);
    const last = readSlice(files.get('dce/dynamic/p036_s8.dcm')!);
    expect([last.ds.string('x00200100'), last.ds.floatString('x00181060'), last.ds.floatString('x00181314'), last.ds.floatString('x00180080')]).toEqual(['36', 245000, 15, 4]);
    expect([last.columns, last.rows, last.z, last.x0, last.pixelSpacing]).toEqual([128, 128, 14, -127, [2, 2]]);
    expect(readSlice(files.get('dce/vfa/fa5_s1.dcm')!).ds.floatString('x00181314')).toBe(5);
  });

  it('lesion voxels carry the extended Tofts curve through the SPGR equation; air is 0', () => {
    // Lesion centre (35, 10, 0) mm → voxel (81, 68.5, 3.5): voxel (81, 68, 3) is inside.
    expect(dceRegionAt(81, 68, 3)).toBe('lesion');
    expect(dceRegionAt(0, 0, 0)).toBe('air');
    const c = tissueCurve(d.lesion.tissue, d.timesS, d.bolusArrivalS, d.hematocrit);
    for (const p of [0, 6, 20]) {
      const s = readSlice(files.get(`dce/dynamic/p${String(p + 1).padStart(3, '0')}_s4.dcm`)!);
      expect(s.pixels[68 * 128 + 81]).toBe(Math.round(spgrSignal(d.m0, d.flipAngleDeg, d.trMs, d.lesion.t10Ms, c[p], d.r1PerMmS)));
      expect(s.pixels[0]).toBe(0);
    }
  });

  it('truth: the lesion washes out (type III), the background plateaus (type II)', () => {
    expect(study.truth.lesions[0]).toMatchObject({ ktransPerMin: 0.6, ve: 0.25, vp: 0.08, curve: { type: 'III' } });
    expect(study.truth.background).toMatchObject({ curve: { type: 'II' } });
  });
});
