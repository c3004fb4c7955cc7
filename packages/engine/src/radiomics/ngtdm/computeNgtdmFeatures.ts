/**
 * The 5 IBSI NGTDM features (IPET) from s_i (sum of |i − neighbourhood mean| over voxels of grey
 * level i) and n_i (their count), indices 1…ng: QCDE coarseness 1/Σp_i s_i (10⁶ when that sum is
 * below 10⁻⁶), 65HE contrast, NQ30 busyness, HDEZ complexity, 1X9X strength (0 where IBSI's
 * denominators vanish). p_i = n_i/N_v,c; sums over pairs run over grey levels present. NaN when
 * no voxel has a neighbour.
 */
export function computeNgtdmFeatures(s: Float64Array, n: Float64Array): number[] {
  const levels: number[] = [];
  let nvc = 0;
  for (let i = 1; i < n.length; i++)
    if (n[i] > 0) {
      levels.push(i);
      nvc += n[i];
    }
  if (nvc === 0) return [NaN, NaN, NaN, NaN, NaN];
  const p = (i: number): number => n[i] / nvc;
  let ps = 0, ssum = 0;
  for (const i of levels) {
    ps += p(i) * s[i];
    ssum += s[i];
  }
  let c2 = 0, busy = 0, complexity = 0, strength = 0;
  for (const i of levels)
    for (const j of levels) {
      const pi = p(i), pj = p(j), d = i - j;
      c2 += pi * pj * d * d;
      busy += Math.abs(i * pi - j * pj);
      complexity += (Math.abs(d) * (pi * s[i] + pj * s[j])) / (pi + pj);
      strength += (pi + pj) * d * d;
    }
  const ngp = levels.length;
  return [
    ps < 1e-6 ? 1e6 : 1 / ps,
    ngp > 1 ? (c2 / (ngp * (ngp - 1))) * (ssum / nvc) : 0,
    ngp > 1 && busy > 0 ? ps / busy : 0,
    complexity / nvc,
    ssum > 0 ? strength / ssum : 0,
  ];
}
