import type { Mask, PatientPoint, Volume } from '@caliper/core';
import { voxelIndex, voxelToPatient } from '@caliper/core';
import { computeRoiStats } from '../stats/computeRoiStats';
import type { ComputeRoiStatsOptions } from '../stats/computeRoiStats';
import { measureRecist } from '../recist/measureRecist';
import type { MeasureRecistOptions } from '../recist/measureRecist';
import { marchingCubesMask } from '../shape/marchingCubesMask';
import { computeMeshMorphology } from '../shape/computeMeshMorphology';
import { maxDiameter3d } from '../shape/maxDiameter3d';
import { computeSuvMetrics, isSuvUnit } from '../suv/computeSuvMetrics';
import type { SuvMetrics } from '../suv/computeSuvMetrics';

export interface MeasureRecistJson {
  readonly longMm: number;
  readonly shortMm: number;
  readonly sliceIndex: number;
  readonly long: readonly [PatientPoint, PatientPoint];
  readonly short: readonly [PatientPoint, PatientPoint];
}

export interface AdcProvenance {
  /** b-values (s/mm²) the map was fitted from. */
  readonly bValues: readonly number[];
  /** Fit method, e.g. 'log-linear least squares'. */
  readonly fit: string;
}

/**
 * The `caliper measure --json` document. Statistics (mean … p90, suv.max/mean/peak) are in `unit`;
 * volumeMl/mtvMl in mL; lengths in mm; surface in mm²; sphericity unit 1; TLG in `${suv.type}·mL`;
 * points in patient LPS mm. Shape fields are null for an empty ROI.
 */
export interface MeasureResult {
  readonly series: string | null;
  readonly modality: string | null;
  readonly unit: string;
  readonly voxelCount: number;
  readonly volumeMl: number;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly median: number | null;
  readonly p10: number | null;
  readonly p90: number | null;
  readonly recist: MeasureRecistJson | null;
  readonly maxDiameter3dMm: number | null;
  /** End points of the 3D max diameter, patient LPS mm (not part of the CLI's required shape). */
  readonly maxDiameter3dEndpoints?: readonly [PatientPoint, PatientPoint];
  readonly surfaceMm2: number | null;
  readonly sphericity: number | null;
  readonly suv: SuvMetrics | null;
  readonly suvError?: string;
  readonly adc: AdcProvenance | null;
}

export interface MeasureRoiOptions {
  /** Series label for the output; default volume.seriesInstanceUID. */
  readonly series?: string;
  /** Why SUV could not be computed (e.g. "PatientWeight missing"); then suv is null. */
  readonly suvError?: string;
  /** Set when the volume is an ADC map. */
  readonly adc?: AdcProvenance;
  readonly recist?: MeasureRecistOptions;
  /** Skip the mesh (surface, sphericity, 3D diameter); they are then null. Default false. */
  readonly skipShape?: boolean;
  readonly stats?: ComputeRoiStatsOptions;
}

const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Every measurement of one ROI on one volume, as the CLI's JSON document. */
export function measureRoi(volume: Volume, mask: Mask, options: MeasureRoiOptions = {}): MeasureResult {
  const g = volume.geometry;
  const st = computeRoiStats(volume, mask, options.stats);
  const rec = measureRecist(g, mask, options.recist);
  let shape: Pick<MeasureResult, 'maxDiameter3dMm' | 'surfaceMm2' | 'sphericity' | 'maxDiameter3dEndpoints'> = { maxDiameter3dMm: null, surfaceMm2: null, sphericity: null };
  if (!options.skipShape && st.voxelCount > 0) {
    const morph = computeMeshMorphology(marchingCubesMask(mask, g.spacing));
    const d = maxDiameter3d(mask, g.spacing);
    const toLps = (p: readonly number[]): PatientPoint => voxelToPatient(g, voxelIndex(p[0] / g.spacing[0], p[1] / g.spacing[1], p[2] / g.spacing[2]));
    shape = { maxDiameter3dMm: d.lengthMm, maxDiameter3dEndpoints: [toLps(d.a), toLps(d.b)], surfaceMm2: morph.surfaceMm2, sphericity: fin(morph.sphericity) };
  }
  const suvOk = isSuvUnit(volume.unit) && options.suvError === undefined && st.voxelCount > 0;
  return {
    series: options.series ?? volume.seriesInstanceUID ?? null,
    modality: volume.modality ?? null,
    unit: volume.unit,
    voxelCount: st.voxelCount,
    volumeMl: st.volumeMl,
    mean: fin(st.mean),
    sd: fin(st.sd),
    min: fin(st.min),
    max: fin(st.max),
    median: fin(st.median),
    p10: fin(st.p10),
    p90: fin(st.p90),
    recist: rec,
    ...shape,
    suv: suvOk ? computeSuvMetrics(volume, mask, st) : null,
    ...(options.suvError !== undefined ? { suvError: options.suvError } : {}),
    adc: options.adc ?? null,
  };
}
