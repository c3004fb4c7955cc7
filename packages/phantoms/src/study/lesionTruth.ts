import type { Vec3 } from '@caliper/core';
import { voxelVolumeMm3 } from '@caliper/core';
import { CT_RESCALE_INTERCEPT } from '../dicom/ctModules';
import type { LesionModel, Structure } from '../model/buildPatientModel';
import type { ShapeDescription } from '../model/shape';
import { rasterizeShape } from '../render/rasterizeShape';
import { adcFit } from '../truth/adcFit';
import { contourRecist } from '../truth/contourRecist';
import { ellipsoidRecist } from '../truth/ellipsoidRecist';
import { petStats } from '../truth/petStats';
import type { PetLesionStats } from '../truth/petStats';
import type { RecistAxes } from '../truth/recistTypes';
import type { CtResult } from './writeCtSeries';
import type { MrResult } from './writeMrSeries';
import type { PetResult } from './writePetSeries';

export interface LesionTruth {
  readonly id: string;
  readonly organ: string;
  readonly recistRole: LesionModel['role'];
  readonly shape: ShapeDescription;
  readonly necroticCore: ShapeDescription | null;
  readonly searchVoi: ShapeDescription;
  readonly volumeAnalytic_mL: number;
  readonly necroticCoreVolumeAnalytic_mL: number | null;
  readonly ct: { readonly voxelCount: number; readonly voxelVolume_mm3: number; readonly volumeVoxelised_mL: number; readonly meanHU: number; readonly trueHU: number; readonly coreTrueHU: number | null; readonly bboxIJK: readonly [Vec3, Vec3] };
  readonly recist: RecistAxes | null;
  readonly pet: (PetLesionStats & { readonly trueSUVbw: number; readonly coreTrueSUVbw: number | null; readonly trueActivity_BqPerML: number; readonly volumeVoxelised_mL: number }) | null;
  readonly mr: { readonly voxelCount: number; readonly volumeVoxelised_mL: number; readonly trueADC_1e3mm2s: number; readonly coreTrueADC_1e3mm2s: number | null; readonly meanTrueADC_1e3mm2s: number; readonly meanFittedADC_1e3mm2s: number } | null;
}

function bbox(indices: Int32Array, dims: readonly [number, number, number]): [Vec3, Vec3] {
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const idx of indices) {
    const ijk = [idx % dims[0], Math.floor(idx / dims[0]) % dims[1], Math.floor(idx / (dims[0] * dims[1]))];
    for (let a = 0; a < 3; a++) {
      lo[a] = Math.min(lo[a], ijk[a]);
      hi[a] = Math.max(hi[a], ijk[a]);
    }
  }
  return [[lo[0], lo[1], lo[2]], [hi[0], hi[1], hi[2]]];
}

function recistOf(lesion: LesionModel, sliceZ: number[]): RecistAxes | null {
  const d = lesion.outer.describe();
  if (d.kind === 'ellipsoid') return ellipsoidRecist(d.centre_mm, d.semiAxes_mm, d.axes, sliceZ);
  if (d.kind === 'lobulated') return contourRecist(lesion.outer, d.centre_mm, sliceZ);
  return null;
}

/** Ground truth of one lesion, from the analytic model and the values actually written. */
export function lesionTruth(lesion: LesionModel, structures: readonly Structure[], ct: CtResult, pet: PetResult, mr: MrResult, bValues: readonly number[]): LesionTruth {
  const g = ct.geometry;
  const mask = rasterizeShape(g, lesion.outer);
  let huSum = 0;
  for (const idx of mask) huSum += ct.stored[idx] + CT_RESCALE_INTERCEPT;
  const vox = voxelVolumeMm3(g);
  const sliceZ = Array.from({ length: g.dimensions[2] }, (_, k) => g.origin[2] + k * g.spacing[2]);

  const petRoi = lesion.ctOnly ? new Int32Array(0) : rasterizeShape(pet.geometry, lesion.outer);
  const petTruth = petRoi.length
    ? {
        ...petStats(pet.geometry, pet.suv, petRoi, rasterizeShape(pet.geometry, lesion.searchVoi)),
        trueSUVbw: lesion.tissue.suv,
        coreTrueSUVbw: lesion.core?.tissue.suv ?? null,
        trueActivity_BqPerML: lesion.tissue.suv / pet.suvPerBqml,
        volumeVoxelised_mL: (petRoi.length * voxelVolumeMm3(pet.geometry)) / 1000,
      }
    : null;

  const mrMask = lesion.ctOnly ? new Int32Array(0) : rasterizeShape(mr.geometry, lesion.outer);
  let mrTruth: LesionTruth['mr'] = null;
  if (mrMask.length) {
    const adcByLabel = [0, ...structures.map((s) => s.tissue.adc)];
    let trueSum = 0;
    let fitSum = 0;
    for (const idx of mrMask) {
      trueSum += adcByLabel[mr.labels[idx]];
      fitSum += adcFit(bValues, mr.dwiStored.map((v) => v[idx]));
    }
    mrTruth = {
      voxelCount: mrMask.length,
      volumeVoxelised_mL: (mrMask.length * voxelVolumeMm3(mr.geometry)) / 1000,
      trueADC_1e3mm2s: lesion.tissue.adc,
      coreTrueADC_1e3mm2s: lesion.core?.tissue.adc ?? null,
      meanTrueADC_1e3mm2s: trueSum / mrMask.length,
      meanFittedADC_1e3mm2s: fitSum / mrMask.length,
    };
  }
  return {
    id: lesion.id,
    organ: lesion.organ,
    recistRole: lesion.role,
    shape: lesion.outer.describe(),
    necroticCore: lesion.core?.shape.describe() ?? null,
    searchVoi: lesion.searchVoi.describe(),
    volumeAnalytic_mL: lesion.outer.analyticVolumeMm3 / 1000,
    necroticCoreVolumeAnalytic_mL: lesion.core ? lesion.core.shape.analyticVolumeMm3 / 1000 : null,
    ct: {
      voxelCount: mask.length,
      voxelVolume_mm3: vox,
      volumeVoxelised_mL: (mask.length * vox) / 1000,
      meanHU: huSum / mask.length,
      trueHU: lesion.tissue.hu,
      coreTrueHU: lesion.core?.tissue.hu ?? null,
      bboxIJK: bbox(mask, g.dimensions),
    },
    recist: recistOf(lesion, sliceZ),
    pet: petTruth,
    mr: mrTruth,
  };
}
