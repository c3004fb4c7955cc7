import type { BodyFrame } from './measureBodyFrame';
import type { ComponentFeatures } from './describeComponents';

export type PhysiologicalOrgan = 'Brain' | 'Salivary glands' | 'Liver' | 'Spleen' | 'Right kidney' | 'Left kidney' | 'Urinary bladder';

export interface OrganPick {
  readonly organ: PhysiologicalOrgan;
  /** Indices into the features array (= component indices). */
  readonly components: readonly number[];
}

export interface PickPhysiologicalOrgansOptions {
  /** PSMA tracers: also liver, spleen and salivary glands. */
  readonly psma: boolean;
  /** Median CT HU of a component (null without CT / outside it): a candidate whose HU is outside
   *  its organ's range is not taken. */
  readonly huOf?: (index: number) => number | null;
}

/** The rules' constants (mm, mL, HU), documented in docs/burden.md. */
export const ORGAN_RULES = {
  brain: { minMl: 30, maxOffMidlineMm: 40, topWithinMm: 60, hu: [0, 80] },
  kidney: { minMl: 10, maxMl: 600, lateralMm: [25, 150], maxDzMm: 80, maxLateralDiffMm: 40, maxVolumeRatio: 4, hu: [-30, 250] },
  liver: { minMl: 300, hu: [0, 150] },
  spleen: { minMl: 30, maxMl: 1500, minLateralMm: 30, hu: [0, 150] },
  bladder: { minMl: 5, maxOffMidlineMm: 40, belowKidneysMm: 40, lowerFraction: 0.6, minUptakeFraction: 0.25, hu: [-30, 400] },
  salivary: { minMl: 0.3, maxMl: 80, belowTopMm: 180, minLateralMm: 15, maxDzMm: 25, maxLateralDiffMm: 25, maxVolumeRatio: 4, hu: [-150, 100] },
} as const;

/**
 * Which uptake components are physiological (issue 14 `--exclude auto`), from their position in
 * the body (patient LPS: +x left, +y posterior, +z head), size and uptake:
 *  - Brain: the most cranial component of >= 30 mL within 40 mm of the midline whose top is within
 *    60 mm of the top of the body.
 *  - Kidneys: the most symmetric pair of posterior components (10–600 mL, 25–150 mm either side of
 *    the midline, |dz| <= 80 mm, lateral offsets within 40 mm, volumes within 4×).
 *  - PSMA: Liver = the largest right-sided component of >= 300 mL; Spleen = the largest left-sided
 *    (>= 30 mm off the midline) component of 30–1500 mL level with the liver.
 *  - Urinary bladder: among components of >= 5 mL within 40 mm of the midline, caudal to the
 *    kidneys (else in the caudal 60 % of the body), those holding >= 25 % of the largest total
 *    uptake among them; the most caudal of these.
 *  - PSMA: Salivary glands = every component of 0.3–80 mL within 180 mm of the top of the body,
 *    >= 15 mm off the midline, with a mirror partner (|dz| <= 25 mm, offsets within 25 mm).
 * With a CT, a candidate is taken only when its median HU is in its organ's tissue range.
 */
export function pickPhysiologicalOrgans(features: readonly ComponentFeatures[], frame: BodyFrame, options: PickPhysiologicalOrgansOptions): OrganPick[] {
  const R = ORGAN_RULES;
  const taken = new Set<number>();
  const picks: OrganPick[] = [];
  const lat = (f: ComponentFeatures) => f.centroidMm[0] - frame.midXMm;
  const posterior = (f: ComponentFeatures) => f.centroidMm[1] > frame.midYMm;
  const huOk = (f: ComponentFeatures, [lo, hi]: readonly [number, number]) => {
    const hu = options.huOf?.(f.index);
    return hu === undefined || hu === null || (hu >= lo && hu <= hi);
  };
  const take = (organ: PhysiologicalOrgan, fs: readonly ComponentFeatures[]) => {
    for (const f of fs) taken.add(f.index);
    picks.push({ organ, components: fs.map((f) => f.index) });
  };
  const avail = () => features.filter((f) => !taken.has(f.index));

  const brain = avail()
    .filter((f) => f.volumeMl >= R.brain.minMl && Math.abs(lat(f)) <= R.brain.maxOffMidlineMm && f.topZMm >= frame.topZMm - R.brain.topWithinMm && huOk(f, R.brain.hu))
    .sort((a, b) => b.centroidMm[2] - a.centroidMm[2])[0];
  if (brain) take('Brain', [brain]);

  const kid = avail().filter((f) => {
    const l = Math.abs(lat(f));
    return f.volumeMl >= R.kidney.minMl && f.volumeMl <= R.kidney.maxMl && posterior(f) && l >= R.kidney.lateralMm[0] && l <= R.kidney.lateralMm[1] && huOk(f, R.kidney.hu);
  });
  let pair: [ComponentFeatures, ComponentFeatures] | undefined, pairCost = Infinity;
  for (const r of kid.filter((f) => lat(f) < 0))
    for (const l of kid.filter((f) => lat(f) > 0)) {
      const dz = Math.abs(r.centroidMm[2] - l.centroidMm[2]);
      const dl = Math.abs(Math.abs(lat(r)) - Math.abs(lat(l)));
      const ratio = Math.max(r.volumeMl, l.volumeMl) / Math.min(r.volumeMl, l.volumeMl);
      if (dz > R.kidney.maxDzMm || dl > R.kidney.maxLateralDiffMm || ratio > R.kidney.maxVolumeRatio) continue;
      const cost = dz / 40 + dl / 20 + Math.log(ratio);
      if (cost < pairCost) {
        pairCost = cost;
        pair = [r, l];
      }
    }
  if (pair) {
    take('Right kidney', [pair[0]]);
    take('Left kidney', [pair[1]]);
  }

  let liver: ComponentFeatures | undefined;
  if (options.psma) {
    liver = avail()
      .filter((f) => f.volumeMl >= R.liver.minMl && lat(f) < 0 && huOk(f, R.liver.hu))
      .sort((a, b) => b.volumeMl - a.volumeMl)[0];
    if (liver) take('Liver', [liver]);
    const lv = liver;
    const spleen = avail()
      .filter((f) => f.volumeMl >= R.spleen.minMl && f.volumeMl <= R.spleen.maxMl && lat(f) >= R.spleen.minLateralMm && huOk(f, R.spleen.hu))
      .filter((f) => !lv || (f.centroidMm[2] >= lv.bottomZMm - 30 && f.centroidMm[2] <= lv.topZMm + 30))
      .sort((a, b) => b.volumeMl - a.volumeMl)[0];
    if (spleen) take('Spleen', [spleen]);
  }

  const kidneyZ = pair ? Math.min(pair[0].centroidMm[2], pair[1].centroidMm[2]) : undefined;
  const pelvisTop = kidneyZ !== undefined ? kidneyZ - R.bladder.belowKidneysMm : frame.bottomZMm + R.bladder.lowerFraction * (frame.topZMm - frame.bottomZMm);
  const pelvic = avail().filter((f) => f.volumeMl >= R.bladder.minMl && Math.abs(lat(f)) <= R.bladder.maxOffMidlineMm && f.centroidMm[2] < pelvisTop && huOk(f, R.bladder.hu));
  const most = Math.max(0, ...pelvic.map((f) => f.totalUptake));
  const bladder = pelvic.filter((f) => f.totalUptake >= R.bladder.minUptakeFraction * most).sort((a, b) => a.centroidMm[2] - b.centroidMm[2])[0];
  if (bladder) take('Urinary bladder', [bladder]);

  if (options.psma) {
    const S = R.salivary;
    const head = avail().filter((f) => f.volumeMl >= S.minMl && f.volumeMl <= S.maxMl && f.centroidMm[2] >= frame.topZMm - S.belowTopMm && Math.abs(lat(f)) >= S.minLateralMm && huOk(f, S.hu));
    const paired = head.filter((a) =>
      head.some((b) => {
        if (Math.sign(lat(a)) === Math.sign(lat(b))) return false;
        const ratio = Math.max(a.volumeMl, b.volumeMl) / Math.min(a.volumeMl, b.volumeMl);
        return Math.abs(a.centroidMm[2] - b.centroidMm[2]) <= S.maxDzMm && Math.abs(Math.abs(lat(a)) - Math.abs(lat(b))) <= S.maxLateralDiffMm && ratio <= S.maxVolumeRatio;
      }),
    );
    if (paired.length) take('Salivary glands', paired);
  }
  const order: PhysiologicalOrgan[] = ['Brain', 'Salivary glands', 'Liver', 'Spleen', 'Right kidney', 'Left kidney', 'Urinary bladder'];
  return picks.sort((a, b) => order.indexOf(a.organ) - order.indexOf(b.organ));
}
