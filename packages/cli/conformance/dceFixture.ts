import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import type { El } from '@caliper/dicom/__fixtures__/writeDicom';

// Synthetic DCE-MRI DICOM series with analytic truth, for `caliper dce` tests. The truth is computed
// here independently of the engine: Parker 2006 AIF (Table 1), tissue by the (extended) Tofts
// model integrated on a 0.01 s grid, SPGR signal equation.

export interface DceTissue {
  readonly ktransPerMin: number;
  readonly ve: number;
  readonly vp: number;
}
export type DceVoxel = DceTissue | 'blood' | null;

export interface DcePhantom {
  /** [columns, rows, slices]; default [8, 8, 2]; 1 mm pixels, 2 mm slices, origin [0, 0, 0]. */
  readonly dims?: readonly [number, number, number];
  readonly timesS: readonly number[];
  readonly bolusArrivalS: number;
  readonly hematocrit?: number;
  readonly r1PerMmS?: number;
  /** T10 of tissue (ms), per voxel when a function. */
  readonly t10Ms: number | ((i: number, j: number, k: number) => number);
  readonly t10BloodMs?: number;
  readonly m0?: number;
  readonly flipAngleDeg?: number;
  readonly trMs?: number;
  /** What each voxel is; null = no contrast uptake. */
  readonly voxel: (i: number, j: number, k: number) => DceVoxel;
  /**
   * How phases are told apart: 'tpi' TemporalPositionIdentifier + TriggerTime (ms); 'acquisition' one
   * AcquisitionTime per phase; 'per-slice' AcquisitionTime per image (2D multi-slice, slice k at +0.1 k s).
   */
  readonly timing?: 'tpi' | 'acquisition' | 'per-slice';
  readonly omitFlipAngle?: boolean;
  readonly uid?: string;
  /** TriggerTime (ms) of phase p for 'tpi' timing; default timesS[p] × 1000. */
  readonly triggerMs?: (p: number) => number;
}

const P = { a1: 0.809, a2: 0.33, t1: 0.17046, t2: 0.365, s1: 0.0563, s2: 0.132, alpha: 1.05, beta: 0.1685, s: 38.078, tau: 0.483 };

/** Parker 2006 blood concentration (mM) at t min after the arrival. */
export function parkerBlood(t: number): number {
  const g = (a: number, m: number, s: number) => (a / (s * Math.sqrt(2 * Math.PI))) * Math.exp(-((t - m) ** 2) / (2 * s * s));
  return g(P.a1, P.t1, P.s1) + g(P.a2, P.t2, P.s2) + (P.alpha * Math.exp(-P.beta * t)) / (1 + Math.exp(-P.s * (t - P.tau)));
}

/** Tissue concentration (mM) at the phase times: vp Cp + Ktrans ∫ Cp e^(−kep (t − s)) ds, trapezoid on 0.01 s. */
export function tissueCurve(tissue: DceTissue | 'blood', timesS: readonly number[], batS: number, hct: number): number[] {
  const cp = (tS: number) => (tS < batS ? 0 : parkerBlood((tS - batS) / 60) / (1 - hct));
  if (tissue === 'blood') return timesS.map((t) => cp(t) * (1 - hct));
  const kep = tissue.ktransPerMin / tissue.ve, h = 0.01;
  const e = Math.exp((-kep * h) / 60);
  const out: number[] = [];
  let integral = 0, t = batS, prev = cp(batS);
  for (const tPhase of timesS) {
    if (tPhase < batS) {
      out.push(0);
      continue;
    }
    while (t + h <= tPhase + 1e-12) {
      const next = cp(t + h);
      integral = integral * e + ((h / 60) / 2) * (prev * e + next);
      prev = next;
      t += h;
    }
    // Remaining partial step to the phase time.
    const dt = tPhase - t;
    const ep = Math.exp((-kep * dt) / 60);
    const at = cp(tPhase);
    out.push(tissue.ktransPerMin * (integral * ep + ((dt / 60) / 2) * (prev * ep + at)) + tissue.vp * at);
  }
  return out;
}

/** SPGR signal for T1 = 1/(1/T10 + r1 C). */
export function spgrSignal(m0: number, faDeg: number, trMs: number, t10Ms: number, concMm: number, r1: number): number {
  const a = (faDeg * Math.PI) / 180;
  const e1 = Math.exp(-(trMs / 1000) * (1000 / t10Ms + r1 * concMm));
  return (m0 * Math.sin(a) * (1 - e1)) / (1 - Math.cos(a) * e1);
}

const tm = (s: number) => {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  return `${String(h).padStart(2, '0')}${String(m).padStart(2, '0')}${sec.toFixed(6).padStart(9, '0')}`;
};

/** Writes the series into `dir` (one file per phase and slice); returns the folder. */
export function writeDcePhantom(dir: string, spec: DcePhantom): string {
  const [ni, nj, nk] = spec.dims ?? [8, 8, 2];
  const hct = spec.hematocrit ?? 0.42, r1 = spec.r1PerMmS ?? 4.5, m0 = spec.m0 ?? 20000;
  const fa = spec.flipAngleDeg ?? 15, tr = spec.trMs ?? 4, uid = spec.uid ?? '2.25.7007';
  mkdirSync(dir, { recursive: true });
  // Curves per distinct voxel kind.
  const cache = new Map<string, number[]>();
  const curveOf = (v: DceVoxel) => {
    if (v === null) return spec.timesS.map(() => 0);
    const key = JSON.stringify(v);
    if (!cache.has(key)) cache.set(key, tissueCurve(v, spec.timesS, spec.bolusArrivalS, hct));
    return cache.get(key)!;
  };
  const start = 10 * 3600;
  spec.timesS.forEach((t, p) => {
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) {
        const v = spec.voxel(i, j, k);
        const t10 = v === 'blood' ? (spec.t10BloodMs ?? 1440) : typeof spec.t10Ms === 'number' ? spec.t10Ms : spec.t10Ms(i, j, k);
        px[j * ni + i] = Math.round(spgrSignal(m0, fa, tr, t10, curveOf(v)[p], r1));
      }
      const timing = spec.timing ?? 'tpi';
      const extra: El[] = [
        { tag: 0x0008103e, vr: 'LO', value: 'DCE 3D SPGR' },
        { tag: 0x00200011, vr: 'IS', value: '7' },
        { tag: 0x00180080, vr: 'DS', value: String(tr) },
        ...(spec.omitFlipAngle ? [] : [{ tag: 0x00181314, vr: 'DS', value: String(fa) }]),
        { tag: 0x00080022, vr: 'DA', value: '20250101' },
      ];
      if (timing === 'tpi') extra.push({ tag: 0x00200100, vr: 'IS', value: String(p + 1) }, { tag: 0x00181060, vr: 'DS', value: (spec.triggerMs ? spec.triggerMs(p) : t * 1000).toFixed(3) }, { tag: 0x00080032, vr: 'TM', value: tm(start) });
      else if (timing === 'acquisition') extra.push({ tag: 0x00080032, vr: 'TM', value: tm(start + t) });
      else extra.push({ tag: 0x00080032, vr: 'TM', value: tm(start + t + 0.1 * k) });
      const bytes = writeSlice({
        sop: `${uid}.${p + 1}.${k + 1}`, series: uid, modality: 'MR', rows: nj, columns: ni,
        ipp: [0, 0, 2 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [1, 1], instanceNumber: p * nk + k + 1,
        pixels: px, signed: false, extra,
      });
      writeFileSync(path.join(dir, `p${String(p + 1).padStart(3, '0')}_s${k + 1}.dcm`), bytes);
    }
  });
  return dir;
}

/** Variable-flip-angle images of the same grid (one series holding every angle), M0 of its own gain. */
export function writeVfaSeries(dir: string, spec: { dims?: readonly [number, number, number]; flipAnglesDeg: readonly number[]; trMs: number; m0: number; t10Ms: (i: number, j: number, k: number) => number; originMm?: readonly number[] }): string {
  const [ni, nj, nk] = spec.dims ?? [8, 8, 2];
  mkdirSync(dir, { recursive: true });
  const o = spec.originMm ?? [0, 0, 0];
  spec.flipAnglesDeg.forEach((fa, a) => {
    for (let k = 0; k < nk; k++) {
      const px = new Uint16Array(ni * nj);
      for (let j = 0; j < nj; j++) for (let i = 0; i < ni; i++) px[j * ni + i] = Math.round(spgrSignal(spec.m0, fa, spec.trMs, spec.t10Ms(i, j, k), 0, 4.5));
      const bytes = writeSlice({
        sop: `2.25.8008.${a + 1}.${k + 1}`, series: '2.25.8008', modality: 'MR', rows: nj, columns: ni,
        ipp: [o[0], o[1], o[2] + 2 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [1, 1], instanceNumber: a * nk + k + 1, pixels: px, signed: false,
        extra: [
          { tag: 0x0008103e, vr: 'LO', value: 'VFA T1' },
          { tag: 0x00180080, vr: 'DS', value: String(spec.trMs) },
          { tag: 0x00181314, vr: 'DS', value: String(fa) },
        ],
      });
      writeFileSync(path.join(dir, `fa${fa}_s${k + 1}.dcm`), bytes);
    }
  });
  return dir;
}
