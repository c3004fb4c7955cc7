import type { FileError, Result, Volume, VoxelArray } from '@caliper/core';
import { err, ok } from '@caliper/core';
import type { Instance } from '../model/instance';
import type { PixelArray } from '../model/pixels';
import type { Series } from '../model/series';
import { decodeFrames } from '../pixels/decodeFrames';
import { readAdcMapping } from '../scaling/adc/readAdcMapping';
import { unitOf } from './unitOf';
import { volumeGeometry } from './volumeGeometry';

export interface BuildVolumeOptions {
  /** Stack even when slice spacing is not uniform (positions are then approximated). Default false. */
  readonly allowNonUniformSpacing?: boolean;
}

/** Linear map stored → volume value of one frame: Rescale, or for an ADC map its mapping to 10^-3 mm2/s. */
function rescaleOf(inst: Instance, frame: number): [number, number] {
  const adc = readAdcMapping(inst);
  if (adc) return [adc.slope * adc.toHouseUnit, adc.intercept * adc.toHouseUnit];
  const f = inst.frames?.[frame];
  return [f?.rescaleSlope ?? inst.rescaleSlope, f?.rescaleIntercept ?? inst.rescaleIntercept];
}

function minMax(a: PixelArray, from: number, to: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = from; i < to; i++) {
    const v = a[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * Stack a sorted series into one Volume (i fastest, then j, then k), applying each slice's
 * RescaleSlope/Intercept. Integer output (Int16 when the rescaled range fits, else Uint16/Int32)
 * when every slope and intercept is an integer; Float32 otherwise. Unit: HU for CT, Bq/mL for PET
 * with Units BQML, ADC in 10^-3 mm2/s for an MR ADC map (its Real World Value Mapping, or µm²/s for
 * ImageType 'ADC', converted), else raw (SUV and fitted ADC come later). Never throws.
 */
export async function buildVolume(series: Series, options: BuildVolumeOptions = {}): Promise<Result<Volume, FileError>> {
  try {
    return await stackSeries(series, options);
  } catch (e) {
    return err({ file: series.id, reason: `cannot build volume: ${e instanceof Error ? e.message : String(e)}` });
  }
}

async function stackSeries(series: Series, options: BuildVolumeOptions): Promise<Result<Volume, FileError>> {
  const fail = (reason: string) => err<FileError>({ file: series.id, reason });
  if (!series.isVolume) return fail(`not a volume: ${series.notVolumeReason ?? 'inconsistent geometry'}`);
  if (series.slices.length === 0) return fail('series has no slices');
  if (series.instances.some((i) => i.samplesPerPixel !== 1)) return fail('colour (multi-sample) images cannot be stacked into a scalar volume');
  if (series.spacing && !series.spacing.uniform && !options.allowNonUniformSpacing) return fail(`not a regular volume: ${series.spacing.issue}`);
  const geometry = volumeGeometry(series, options.allowNonUniformSpacing ?? false);
  if (!geometry.ok) return geometry;

  const decoded = new Map<Instance, PixelArray>();
  for (const inst of series.instances) {
    const d = await decodeFrames(inst);
    if (!d.ok) return err(d.error);
    decoded.set(inst, d.value.data);
  }
  const plane = series.rows * series.columns;
  let lo = Infinity;
  let hi = -Infinity;
  let integral = true;
  for (const s of series.slices) {
    const [m, b] = rescaleOf(s.instance, s.frame);
    if (!Number.isInteger(m) || !Number.isInteger(b)) integral = false;
    const [a, z] = minMax(decoded.get(s.instance)!, s.frame * plane, (s.frame + 1) * plane);
    const ends = [a * m + b, z * m + b];
    lo = Math.min(lo, ...ends);
    hi = Math.max(hi, ...ends);
  }
  const n = plane * series.slices.length;
  let data: VoxelArray;
  if (!integral) data = new Float32Array(n);
  else if (lo >= -32768 && hi <= 32767) data = new Int16Array(n);
  else if (lo >= 0 && hi <= 65535) data = new Uint16Array(n);
  else if (lo >= -2147483648 && hi <= 2147483647) data = new Int32Array(n);
  else data = new Float32Array(n);

  // Release each instance's decoded pixels after its last slice is copied (halves peak memory).
  const lastUse = new Map<Instance, number>();
  series.slices.forEach((s, k) => lastUse.set(s.instance, k));
  series.slices.forEach((s, k) => {
    const src = decoded.get(s.instance)!;
    if (lastUse.get(s.instance) === k) decoded.delete(s.instance);
    const [m, b] = rescaleOf(s.instance, s.frame);
    const from = s.frame * plane;
    const base = k * plane;
    if (m === 1 && b === 0) data.set(src.subarray(from, from + plane), base);
    else for (let i = 0; i < plane; i++) data[base + i] = src[from + i] * m + b;
  });
  const first = series.instances[0];
  return ok({ geometry: geometry.value, data, unit: unitOf(first), modality: series.modality, seriesInstanceUID: series.seriesInstanceUID });
}
