/**
 * The 25 IBSI GLCM features (LFYI) of one symmetric co-occurrence count matrix (ng × ng, row-major,
 * index = grey level − 1), in catalogue order: GYBY joint maximum, 60VM joint average, UR99 joint
 * variance, TU9B joint entropy, TF7R difference average, D3YU difference variance, NTRS difference
 * entropy, ZGXS sum average, OEEB sum variance, P6QZ sum entropy, 8ZQL angular second moment, ACUI
 * contrast, 8S9J dissimilarity, IB1Z inverse difference, NDRX normalised inverse difference, WF0Z
 * inverse difference moment, 1QCO normalised inverse difference moment, E8JP inverse variance,
 * NI2N correlation, QWB0 autocorrelation, DG8W cluster tendency, 7NFM cluster shade, AE86 cluster
 * prominence, R8DG information correlation 1, JN9H information correlation 2. Entropies in bits
 * (log2); IMC2 = √(1 − e^(−2(HXY2 − HXY))). All NaN for an empty matrix.
 */
export function computeGlcmFeatures(counts: Float64Array, ng: number): number[] {
  let total = 0;
  for (let q = 0; q < counts.length; q++) total += counts[q];
  if (total === 0) return new Array<number>(25).fill(NaN);
  const pi = new Float64Array(ng), diff = new Float64Array(ng), sum = new Float64Array(2 * ng + 1);
  let jmax = 0, mu = 0, entropy = 0, asm = 0, contrast = 0, dissim = 0, id = 0, nid = 0, idm = 0, nidm = 0, auto = 0;
  for (let i = 1; i <= ng; i++)
    for (let j = 1; j <= ng; j++) {
      const c = counts[(i - 1) * ng + j - 1];
      if (c === 0) continue;
      const p = c / total, d = Math.abs(i - j);
      pi[i - 1] += p;
      diff[d] += p;
      sum[i + j] += p;
      if (p > jmax) jmax = p;
      mu += i * p;
      entropy -= p * Math.log2(p);
      asm += p * p;
      contrast += d * d * p;
      dissim += d * p;
      id += p / (1 + d);
      nid += p / (1 + d / ng);
      idm += p / (1 + d * d);
      nidm += p / (1 + (d * d) / (ng * ng));
      auto += i * j * p;
    }
  let variance = 0, tendency = 0, shade = 0, prominence = 0, cov = 0, hxy1 = 0, hxy2 = 0, hx = 0;
  for (let i = 1; i <= ng; i++) {
    const a = pi[i - 1];
    if (a === 0) continue;
    hx -= a * Math.log2(a);
    variance += (i - mu) ** 2 * a;
    for (let j = 1; j <= ng; j++) {
      const b = pi[j - 1];
      if (b === 0) continue;
      const p = counts[(i - 1) * ng + j - 1] / total;
      const ab = a * b;
      hxy2 -= ab * Math.log2(ab);
      if (p === 0) continue;
      hxy1 -= p * Math.log2(ab);
      const t = i + j - 2 * mu;
      tendency += t * t * p;
      shade += t * t * t * p;
      prominence += t * t * t * t * p;
      cov += (i - mu) * (j - mu) * p;
    }
  }
  let dAvg = 0, dEnt = 0, invVar = 0;
  for (let k = 0; k < ng; k++) {
    const p = diff[k];
    if (p === 0) continue;
    dAvg += k * p;
    dEnt -= p * Math.log2(p);
    if (k > 0) invVar += p / (k * k);
  }
  let dVar = 0;
  for (let k = 0; k < ng; k++) dVar += (k - dAvg) ** 2 * diff[k];
  let sAvg = 0, sEnt = 0;
  for (let k = 2; k <= 2 * ng; k++) {
    const p = sum[k];
    if (p === 0) continue;
    sAvg += k * p;
    sEnt -= p * Math.log2(p);
  }
  let sVar = 0;
  for (let k = 2; k <= 2 * ng; k++) sVar += (k - sAvg) ** 2 * sum[k];
  return [
    jmax, mu, variance, entropy, dAvg, dVar, dEnt, sAvg, sVar, sEnt, asm, contrast, dissim, id, nid, idm, nidm, invVar,
    cov / variance, auto, tendency, shade, prominence,
    (entropy - hxy1) / hx,
    Math.sqrt(Math.max(0, 1 - Math.exp(-2 * (hxy2 - entropy)))),
  ];
}
