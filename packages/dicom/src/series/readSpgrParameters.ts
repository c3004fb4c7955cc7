import type { Instance } from '../model/instance';

/** FlipAngle (0018,1314) in degrees and RepetitionTime (0018,0080) in ms of a set of images. */
export interface SpgrParameters {
  readonly flipAngleDeg: number;
  readonly trMs: number;
}

const numberAt = (i: Instance, tag: string): number | undefined => {
  const v = i.dataSet.string(tag)?.trim();
  return v !== undefined && v !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
};

/** FlipAngle (0018,1314), degrees. */
export const readFlipAngle = (i: Instance): number | undefined => numberAt(i, 'x00181314');
/** RepetitionTime (0018,0080), ms. */
export const readRepetitionTime = (i: Instance): number | undefined => numberAt(i, 'x00180080');

/**
 * The SPGR parameters of a dynamic (or VFA) acquisition from every image's header, with the
 * `caliper dce` phrases: "FlipAngle (0018,1314) missing" / "RepetitionTime (0018,0080) missing"
 * naming the image; disagreeing images are an error unless `perImageFlipAngle` (a VFA series).
 * `scope` names the set in those errors ("series", "dynamic series"). Shared by the CLI and the viewer.
 */
export function readSpgrParameters(images: readonly Instance[], options: { perImageFlipAngle?: boolean; scope?: string } = {}): { ok: true; value: SpgrParameters & { flipAnglesDeg: number[] } } | { ok: false; error: string } {
  const scope = options.scope ?? 'series';
  let fa: number | undefined, tr: number | undefined;
  const angles = new Set<number>();
  for (const i of images) {
    const a = readFlipAngle(i), t = readRepetitionTime(i);
    if (a === undefined) return { ok: false, error: `FlipAngle (0018,1314) missing in ${i.file}` };
    if (t === undefined) return { ok: false, error: `RepetitionTime (0018,0080) missing in ${i.file}` };
    if (!options.perImageFlipAngle && fa !== undefined && Math.abs(a - fa) > 1e-6) return { ok: false, error: `FlipAngle (0018,1314) differs within the ${scope}: ${fa}° and ${a}° (${i.file})` };
    if (tr !== undefined && Math.abs(t - tr) > 1e-6) return { ok: false, error: `RepetitionTime (0018,0080) differs within the ${scope}: ${tr} ms and ${t} ms (${i.file})` };
    fa = a;
    tr = t;
    angles.add(a);
  }
  if (fa === undefined || tr === undefined) return { ok: false, error: 'no images' };
  if (!(fa > 0 && fa < 180)) return { ok: false, error: `FlipAngle (0018,1314) ${fa}° is not usable` };
  if (!(tr > 0)) return { ok: false, error: `RepetitionTime (0018,0080) ${tr} ms is not usable` };
  return { ok: true, value: { flipAngleDeg: fa, trMs: tr, flipAnglesDeg: [...angles].sort((x, y) => x - y) } };
}
