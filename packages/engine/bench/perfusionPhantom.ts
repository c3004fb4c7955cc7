import { createKineticBasis } from '../src/perfusion/kineticBasis';
import { samplePopulationAif } from '../src/perfusion/samplePopulationAif';
import { tabulateKineticBasis } from '../src/perfusion/tabulateKineticBasis';

/** Acquisition of the perfusion benchmark: 60 phases every 5 s, Parker AIF arriving at 30 s. */
export const BENCH_DCE = { phases: 60, dtS: 5, bolusArrivalS: 30, hematocrit: 0.42, flipAngleDeg: 15, trMs: 4, t10Ms: 1000, r1PerMmS: 4.5, m0: 10000, noiseSd: 5 } as const;

export const benchTimesS = (): Float64Array => Float64Array.from({ length: BENCH_DCE.phases }, (_, q) => q * BENCH_DCE.dtS);
export const benchAif = () => samplePopulationAif('parker', { bolusArrivalS: BENCH_DCE.bolusArrivalS, endS: (BENCH_DCE.phases - 1) * BENCH_DCE.dtS, hematocrit: BENCH_DCE.hematocrit });

/** Truth of voxel (i, j, k): Ktrans 0.05–0.55 /min along i, ve 0.1–0.5 along j, vp 0.01–0.10 along k. */
export function benchTruth(i: number, j: number, k: number, dims: readonly number[]): { ktrans: number; ve: number; vp: number } {
  return { ktrans: 0.05 + (0.5 * i) / Math.max(1, dims[0] - 1), ve: 0.1 + (0.4 * j) / Math.max(1, dims[1] - 1), vp: 0.01 + (0.09 * k) / Math.max(1, dims[2] - 1) };
}

/**
 * A dynamic SPGR series of `dims` voxels (int16 signal, one array per phase, in SharedArrayBuffers so
 * worker threads read them without copies): extended Tofts tissue everywhere (benchTruth), T10 1 s,
 * M0 10000 (S0 ≈ 270), Gaussian noise SD 5 (SNR ≈ 55; deterministic xorshift).
 */
export function synthesizeBenchSeries(dims: readonly [number, number, number]): Int16Array[] {
  const [ni, nj, nk] = dims, n = ni * nj * nk, nt = BENCH_DCE.phases;
  const times = benchTimesS();
  const tMin = Float64Array.from(times, (t) => t / 60);
  const aif = benchAif();
  const table = tabulateKineticBasis(aif, tMin);
  const cp = createKineticBasis(aif, tMin).cp;
  const phases = Array.from({ length: nt }, () => new Int16Array(new SharedArrayBuffer(2 * n)));
  const f = new Float64Array(nt), d = new Float64Array(nt);
  const a = (BENCH_DCE.flipAngleDeg * Math.PI) / 180, sinA = Math.sin(a), cosA = Math.cos(a), tr = BENCH_DCE.trMs / 1000;
  let seed = 0x9e3779b9;
  const uniform = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) + 0.5) / 4294967296;
  };
  const gauss = () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
  for (let k = 0, v = 0; k < nk; k++)
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++, v++) {
        const p = benchTruth(i, j, k, dims);
        table.convolve(p.ktrans / p.ve, f, d);
        for (let q = 0; q < nt; q++) {
          const c = p.ktrans * f[q] + p.vp * cp[q];
          const e1 = Math.exp(-tr * (1000 / BENCH_DCE.t10Ms + BENCH_DCE.r1PerMmS * c));
          phases[q][v] = Math.round((BENCH_DCE.m0 * sinA * (1 - e1)) / (1 - cosA * e1) + BENCH_DCE.noiseSd * gauss());
        }
      }
  return phases;
}
