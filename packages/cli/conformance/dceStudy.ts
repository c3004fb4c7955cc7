import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DceTissue } from './dceFixture';
import { writeDcePhantom, writeVfaSeries } from './dceFixture';

/** The standard synthetic DCE study of the `caliper dce` tests (8×8×2, 40 phases of 6.5 s, Parker AIF at 20.3 s). */
export const DCE_TRUTH = {
  bolusArrivalS: 20.3,
  timesS: Array.from({ length: 40 }, (_, p) => p * 6.5),
  /** Rows j ≥ 2, columns i < 4: T10 1000 ms. */
  a: { ktransPerMin: 0.25, ve: 0.3, vp: 0.05 } as DceTissue,
  /** Rows j ≥ 2, columns i ≥ 4: T10 800 ms. */
  b: { ktransPerMin: 0.6, ve: 0.2, vp: 0.1 } as DceTissue,
  t10A: 1000,
  t10B: 800,
  /** Row j = 0: blood, T10 1440 ms; row 1: no uptake. */
  t10Blood: 1440,
};

export interface DceStudy {
  readonly dce: string;
  readonly vfa: string;
  readonly roiA: string;
  readonly roiB: string;
  readonly roiAif: string;
  readonly roiOutside: string;
}

/** Writes the study (dynamic series, VFA series 2/5/10/15°, ROI files) under `dir`. */
export function writeDceStudy(dir: string): DceStudy {
  const t = DCE_TRUTH;
  const t10 = (i: number, j: number) => (j === 0 ? t.t10Blood : i < 4 ? t.t10A : t.t10B);
  const dce = writeDcePhantom(path.join(dir, 'dce'), {
    timesS: t.timesS, bolusArrivalS: t.bolusArrivalS, t10Ms: (i, j) => t10(i, j), t10BloodMs: t.t10Blood,
    voxel: (i, j) => (j === 0 ? 'blood' : j === 1 ? null : i < 4 ? t.a : t.b),
  });
  const vfa = writeVfaSeries(path.join(dir, 'vfa'), { flipAnglesDeg: [2, 5, 10, 15], trMs: 4, m0: 9000, t10Ms: (i, j) => t10(i, j) });
  const roi = (name: string, spec: unknown) => {
    const f = path.join(dir, name);
    writeFileSync(f, JSON.stringify(spec));
    return f;
  };
  return {
    dce,
    vfa,
    roiA: roi('a.json', { type: 'box', minMm: [0, 2, 0], maxMm: [3, 7, 2] }),
    roiB: roi('b.json', { type: 'box', minMm: [4, 2, 0], maxMm: [7, 7, 2] }),
    roiAif: roi('aif.json', { type: 'box', minMm: [0, 0, 0], maxMm: [7, 0, 2] }),
    roiOutside: roi('outside.json', { type: 'sphere', centerMm: [100, 100, 100], radiusMm: 1 }),
  };
}
