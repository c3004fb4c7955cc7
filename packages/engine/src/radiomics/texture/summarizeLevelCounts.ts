import { LEVEL_KEY } from './levelCounts';
import type { LevelCounts } from './levelCounts';

/**
 * The features IBSI defines alike on every grey level (i) × index (j) matrix — GLRLM (j = run
 * length), GLSZM (zone size), GLDZM (zone distance), NGLDM (dependence count) — in this order:
 * small-j emphasis Σc/j², large-j emphasis Σc·j², low grey level Σc/i², high grey level Σc·i²,
 * Σc/(i²j²), Σc·i²/j², Σc·j²/i², Σc·i²j² (all ÷N_s), grey level non-uniformity Σ_i(Σ_j c)²/N_s and
 * ÷N_s², j non-uniformity and ÷N_s², percentage N_s/N_v, grey level variance, j variance, entropy
 * −Σp·log2 p, energy Σp² (p = c/N_s). N_s = Σc, N_v = voxels. All NaN for an empty matrix.
 */
export function summarizeLevelCounts(m: LevelCounts, voxels: number): number[] {
  let ns = 0;
  for (const c of m.values()) ns += c;
  if (ns === 0) return new Array<number>(17).fill(NaN);
  const rows = new Map<number, number>(), cols = new Map<number, number>();
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, mi = 0, mj = 0, entropy = 0, energy = 0;
  for (const [key, c] of m) {
    const i = key % LEVEL_KEY, j = (key - i) / LEVEL_KEY;
    const i2 = i * i, j2 = j * j;
    s0 += c / j2;
    s1 += c * j2;
    s2 += c / i2;
    s3 += c * i2;
    s4 += c / (i2 * j2);
    s5 += (c * i2) / j2;
    s6 += (c * j2) / i2;
    s7 += c * i2 * j2;
    mi += c * i;
    mj += c * j;
    const p = c / ns;
    entropy -= p * Math.log2(p);
    energy += p * p;
    rows.set(i, (rows.get(i) ?? 0) + c);
    cols.set(j, (cols.get(j) ?? 0) + c);
  }
  mi /= ns;
  mj /= ns;
  let vi = 0, vj = 0, glnu = 0, jnu = 0;
  for (const [key, c] of m) {
    const i = key % LEVEL_KEY, j = (key - i) / LEVEL_KEY;
    vi += c * (i - mi) ** 2;
    vj += c * (j - mj) ** 2;
  }
  for (const r of rows.values()) glnu += r * r;
  for (const r of cols.values()) jnu += r * r;
  return [s0 / ns, s1 / ns, s2 / ns, s3 / ns, s4 / ns, s5 / ns, s6 / ns, s7 / ns, glnu / ns, glnu / (ns * ns), jnu / ns, jnu / (ns * ns), ns / voxels, vi / ns, vj / ns, entropy, energy];
}
