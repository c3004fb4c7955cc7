import { transformFft } from './transformFft';

/**
 * The arterial side of deconvolveOsvd, computed once for every voxel of a map: the spectrum of the
 * block-circulant convolution matrix (its singular values are |DFT|, Wu et al. 2003), the singular
 * values sorted, and cosine/sine tables. solveOsvdPlan then runs deconvolveOsvd's threshold search per
 * voxel without allocating: a trial truncation already solved for the voxel is not solved again, and
 * since the truncated solution is k = (1/L) Re Σ_kept Q_j e^(2πi jm/L), a trial that keeps only a few
 * frequencies more or fewer than the last one adds or removes just those (the last steps of the
 * search) instead of an inverse FFT. Same search, same decisions; values equal deconvolveOsvd's to ~1e-13.
 */
export interface OsvdPlan {
  readonly n: number;
  /** Padded length L ≥ 2n (power of two). */
  readonly length: number;
  readonly dtS: number;
  readonly dRe: Float64Array;
  readonly dIm: Float64Array;
  readonly maxMag: number;
  /** Positive singular values, descending: the truncation at P keeps those ≥ P·max, so their count names it. */
  readonly sorted: Float64Array;
  /** Frequency index of each sorted singular value. */
  readonly order: Int32Array;
  /** closed[c]: the first c sorted frequencies hold every conjugate pair (j, L − j) whole, so k is the real inverse of a Hermitian spectrum. */
  readonly closed: Uint8Array;
  readonly half: FftTables;
  readonly zRe: Float64Array;
  readonly zIm: Float64Array;
  /** cos and sin of 2π r/L, r = 0 … L − 1. */
  readonly cos: Float64Array;
  readonly sin: Float64Array;
  /** Residue k(t) of the chosen truncation after solveOsvdPlan (first n samples are the caller's). */
  readonly residue: Float64Array;
  // Work buffers (one plan per worker; not shared between threads).
  readonly cRe: Float64Array;
  readonly cIm: Float64Array;
  readonly k: Float64Array;
  readonly kIm: Float64Array;
  /** Oscillation index per kept count, NaN = not solved yet for this voxel. */
  readonly oiByCount: Float64Array;
  readonly fft: FftTables;
}

/**
 * transformFft's bit-reversal swaps and twiddle factors, tabulated once: each stage's twiddles come
 * from the same recurrence (c ← c·w from 1 + 0i), so the planned transform is bit for bit transformFft.
 */
interface FftTables {
  readonly swaps: Int32Array;
  readonly forward: Float64Array;
  readonly inverse: Float64Array;
}

function tabulateFft(n: number): FftTables {
  const swaps: number[] = [];
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) swaps.push(i, j);
  }
  const table = (inverse: boolean) => {
    // Stage len occupies [len/2 − 1, len − 1) as (re, im) pairs: n − 1 pairs in all.
    const w = new Float64Array(2 * n);
    for (let len = 2; len <= n; len <<= 1) {
      const ang = ((inverse ? 2 : -2) * Math.PI) / len;
      const wr = Math.cos(ang), wi = Math.sin(ang);
      let cr = 1, ci = 0;
      for (let k = 0; k < len / 2; k++) {
        w[2 * (len / 2 - 1 + k)] = cr;
        w[2 * (len / 2 - 1 + k) + 1] = ci;
        const nr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = nr;
      }
    }
    return w;
  };
  return { swaps: Int32Array.from(swaps), forward: table(false), inverse: table(true) };
}

/** transformFft(re, im, inverse) with the plan's tables (the same values, the sign of a zero aside; no trigonometry or allocation). */
function transformPlanned(f: FftTables, re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length, s = f.swaps, w = inverse ? f.inverse : f.forward;
  for (let q = 0; q < s.length; q += 2) {
    const i = s[q], j = s[q + 1];
    let x = re[i];
    re[i] = re[j];
    re[j] = x;
    x = im[i];
    im[i] = im[j];
    im[j] = x;
  }
  // First stage: the twiddle is 1 (exactly), so no multiplications.
  for (let a = 0; a < n; a += 2) {
    const tr = re[a + 1], ti = im[a + 1];
    re[a + 1] = re[a] - tr;
    im[a + 1] = im[a] - ti;
    re[a] += tr;
    im[a] += ti;
  }
  for (let len = 4; len <= n; len <<= 1) {
    const half = len / 2, o = 2 * (half - 1);
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < half; k++) {
        const cr = w[o + 2 * k], ci = w[o + 2 * k + 1];
        const a = i + k, b = a + half;
        const tr = re[b] * cr - im[b] * ci, ti = re[b] * ci + im[b] * cr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
      }
    }
  }
}

/** Prepares the plan of an arterial curve sampled every dtS (uniform grid, as deconvolveOsvd wants it). */
export function prepareOsvdPlan(aif: ArrayLike<number>, dtS: number): OsvdPlan {
  const n = aif.length;
  let L = 1;
  while (L < 2 * n) L <<= 1;
  const dRe = new Float64Array(L), dIm = new Float64Array(L);
  // Same weights as deconvolveOsvd (Sourbron et al. 2007: k linear between samples).
  for (let i = 0; i < n; i++) dRe[i] = (dtS * ((i > 0 ? aif[i - 1] : 0) + 4 * aif[i] + (i + 1 < n ? aif[i + 1] : 0))) / 6;
  transformFft(dRe, dIm);
  const mag = Float64Array.from(dRe, (r, k) => Math.hypot(r, dIm[k]));
  const maxMag = Math.max(...mag);
  const order = Int32Array.from(Array.from({ length: L }, (_, j) => j).filter((j) => mag[j] > 0).sort((a, b) => mag[b] - mag[a] || a - b));
  const sorted = Float64Array.from(order, (j) => mag[j]);
  const f = () => new Float64Array(L);
  const cos = Float64Array.from({ length: L }, (_, r) => Math.cos((2 * Math.PI * r) / L));
  const sin = Float64Array.from({ length: L }, (_, r) => Math.sin((2 * Math.PI * r) / L));
  return { n, length: L, dtS, dRe, dIm, maxMag, sorted, order, cos, sin, closed: closedPrefixes(order, L), half: tabulateFft(L / 2), zRe: new Float64Array(L / 2), zIm: new Float64Array(L / 2), residue: f(), cRe: f(), cIm: f(), k: f(), kIm: f(), oiByCount: new Float64Array(L + 1), fft: tabulateFft(L) };
}

/** closed[c] for c = 0 … order.length: no frequency among the first c lacks its conjugate partner. */
function closedPrefixes(order: Int32Array, L: number): Uint8Array {
  const closed = new Uint8Array(L + 1), inSet = new Uint8Array(L);
  let unmatched = 0;
  closed[0] = 1;
  for (let s = 0; s < order.length; s++) {
    const j = order[s], partner = (L - j) & (L - 1);
    inSet[j] = 1;
    if (partner !== j) unmatched += inSet[partner] ? -1 : 1;
    closed[s + 1] = unmatched === 0 ? 1 : 0;
  }
  return closed;
}

/** Frequencies added or removed one by one (L multiply–adds each) below this change; an inverse FFT (≈ 5 L log2 L) beyond. */
const INCREMENTAL_LIMIT = 6;

/** Number of singular values kept at threshold P (mag > 0 and mag ≥ P·max), by bisection of the sorted values. */
function keptCount(plan: OsvdPlan, p: number): number {
  const thr = p * plan.maxMag, s = plan.sorted;
  let lo = 0, hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid] >= thr) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface OsvdSolution {
  readonly flowPerS: number;
  readonly threshold: number;
  readonly oscillationIndex: number;
  /** Index of the first maximum of k over the n samples (Tmax = index · Δt); 0 when k ≤ 0 throughout. */
  readonly peakIndex: number;
}

/**
 * deconvolveOsvd(tissue, aif, dtS, options) for the plan's AIF: the same binary search on P (14 steps,
 * or the fixed threshold), the same result; plan.residue holds k afterwards.
 */
export function solveOsvdPlan(plan: OsvdPlan, tissue: ArrayLike<number>, options: { readonly oscillationLimit?: number; readonly threshold?: number } = {}): OsvdSolution {
  const { n, length: L, dRe, dIm, cRe, cIm, k, kIm, oiByCount, order, cos, sin, residue } = plan;
  for (let i = 0; i < L; i++) {
    cRe[i] = i < n ? tissue[i] : 0;
    cIm[i] = 0;
  }
  transformPlanned(plan.fft, cRe, cIm);
  // Q = C/D at each frequency, scaled by 1/L, stored back into cRe/cIm (only kept frequencies are read).
  for (let j = 0; j < L; j++) {
    const den = dRe[j] * dRe[j] + dIm[j] * dIm[j], re = cRe[j], im = cIm[j];
    cRe[j] = (re * dRe[j] + im * dIm[j]) / den / L;
    cIm[j] = (im * dRe[j] - re * dIm[j]) / den / L;
  }
  oiByCount.fill(NaN);
  k.fill(0);
  let current = 0;
  const solve = (p: number): number => {
    const count = keptCount(plan, p);
    if (!Number.isNaN(oiByCount[count])) return oiByCount[count];
    if (Math.abs(count - current) <= INCREMENTAL_LIMIT) {
      // A few frequencies between the current truncation and this one: add or remove Re(Q_j e^(2πi jm/L)).
      const sign = count > current ? 1 : -1;
      for (let s = Math.min(count, current); s < Math.max(count, current); s++) {
        const j = order[s], a = sign * cRe[j], b = sign * cIm[j];
        for (let m = 0, r = 0; m < L; m++, r = (r + j) & (L - 1)) k[m] += a * cos[r] - b * sin[r];
      }
    } else if (plan.closed[count]) {
      // Many, Hermitian (the usual case): k real, from one half-length complex inverse FFT of
      // Z[m] = A[m] + i B[m], A = X[m] + X[m + L/2], B = (X[m] − X[m + L/2]) e^(2πi m/L): k[2m] = Re z, k[2m+1] = Im z.
      const N = L / 2, { zRe, zIm } = plan;
      k.fill(0);
      kIm.fill(0);
      for (let s = 0; s < count; s++) {
        const j = order[s];
        k[j] = cRe[j];
        kIm[j] = cIm[j];
      }
      for (let m = 0; m < N; m++) {
        const dr = k[m] - k[m + N], di = kIm[m] - kIm[m + N];
        const br = dr * cos[m] - di * sin[m], bi = dr * sin[m] + di * cos[m];
        zRe[m] = k[m] + k[m + N] - bi;
        zIm[m] = kIm[m] + kIm[m + N] + br;
      }
      transformPlanned(plan.half, zRe, zIm, true);
      for (let m = 0; m < N; m++) {
        k[2 * m] = zRe[m];
        k[2 * m + 1] = zIm[m];
      }
    } else {
      // A conjugate pair split by the threshold: the full complex inverse FFT, k its real part.
      k.fill(0);
      kIm.fill(0);
      for (let s = 0; s < count; s++) {
        const j = order[s];
        k[j] = cRe[j];
        kIm[j] = cIm[j];
      }
      transformPlanned(plan.fft, k, kIm, true);
    }
    current = count;
    let mx = k[0] > 0 ? k[0] : 0, osc = 0, k2 = k[0], k1 = k[1];
    if (k1 > mx) mx = k1;
    for (let j = 2; j < L; j++) {
      const k0 = k[j], dd = k0 - 2 * k1 + k2;
      if (k0 > mx) mx = k0;
      osc += dd < 0 ? -dd : dd;
      k2 = k1;
      k1 = k0;
    }
    return (oiByCount[count] = mx > 0 ? osc / (L * mx) : Infinity);
  };
  let p: number;
  if (options.threshold !== undefined) p = options.threshold;
  else {
    const limit = options.oscillationLimit ?? 0.095;
    let lo = 0, hi = 1;
    p = hi;
    for (let it = 0; it < 14; it++) {
      const mid = (lo + hi) / 2;
      if (solve(mid) <= limit) {
        hi = mid;
        p = mid;
      } else lo = mid;
    }
  }
  // The chosen truncation's residue and OI (solved again if a later trial moved k).
  const chosen = keptCount(plan, p);
  if (current !== chosen) oiByCount[chosen] = NaN;
  const oi = solve(p);
  residue.set(k);
  let flow = 0, peak = 0;
  for (let i = 0; i < n; i++) {
    if (residue[i] > flow) {
      flow = residue[i];
      peak = i;
    }
  }
  return { flowPerS: flow, threshold: p, oscillationIndex: oi, peakIndex: peak };
}

/** resampleUniform's grid for fixed phase times, applied to many curves without allocating. */
export interface UniformResampling {
  readonly dtS: number;
  /** Samples on the uniform grid. */
  readonly m: number;
  /** Null when the times are already uniform (curves are copied). */
  readonly index: Int32Array | null;
  readonly weight: Float64Array | null;
}

/** The grid resampleUniform would use for these times (median step; uniform within 1 % → unchanged). */
export function planUniformResampling(timesS: ArrayLike<number>): UniformResampling {
  const n = timesS.length;
  const steps = Array.from({ length: Math.max(0, n - 1) }, (_, q) => timesS[q + 1] - timesS[q]).sort((a, b) => a - b);
  const dt = steps.length ? steps[steps.length >> 1] : 1;
  if (steps.every((s) => Math.abs(s - dt) <= 0.01 * dt)) return { dtS: dt, m: n, index: null, weight: null };
  const m = Math.floor((timesS[n - 1] - timesS[0]) / dt + 1e-9) + 1;
  const index = new Int32Array(m), weight = new Float64Array(m);
  let q = 0;
  for (let j = 0; j < m; j++) {
    const t = timesS[0] + j * dt;
    while (q < n - 2 && timesS[q + 1] < t) q++;
    index[j] = q;
    weight[j] = Math.min(1, Math.max(0, (t - timesS[q]) / (timesS[q + 1] - timesS[q])));
  }
  return { dtS: dt, m, index, weight };
}

/** One curve on the uniform grid (the same values resampleUniform gives) into out (length m). */
export function applyUniformResampling(r: UniformResampling, c: ArrayLike<number>, out: Float64Array): Float64Array {
  if (!r.index || !r.weight) {
    for (let j = 0; j < r.m; j++) out[j] = c[j];
    return out;
  }
  for (let j = 0; j < r.m; j++) {
    const q = r.index[j];
    out[j] = c[q] + r.weight[j] * (c[q + 1] - c[q]);
  }
  return out;
}
