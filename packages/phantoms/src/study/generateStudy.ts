import type { Geometry } from '@caliper/core';
import type { Charls } from '../dicom/writePart10';
import { benchCtLesions } from '../model/benchCtLesions';
import { buildPatientModel } from '../model/buildPatientModel';
import { uidLabeller } from './uidLabeller';
import type { PhantomConfig } from './config';
import type { Emit } from './emitSlices';
import type { LesionTruth } from './lesionTruth';
import { lesionTruth } from './lesionTruth';
import { referenceRegions } from './referenceRegions';
import type { ReferenceRegion } from './referenceRegions';
import { CLOCK, PATIENT, TIMEPOINTS } from './patient';
import type { WrittenSeries } from './seriesContext';
import { writeCtSeries } from './writeCtSeries';
import { writeMrSeries } from './writeMrSeries';
import { writePetSeries } from './writePetSeries';
import { PET_DEFINITIONS } from '../truth/petStats';
import { RECIST_DEFINITION } from '../truth/recistTypes';

export interface ManifestStudy {
  readonly studyInstanceUID: string;
  readonly patientName: string;
  readonly patientId: string;
  readonly studyDate: string;
  readonly studyDescription: string;
  readonly series: WrittenSeries[];
}

export interface StudyTruth {
  readonly version: 1;
  readonly timepoint: { readonly index: number; readonly key: string; readonly label: string; readonly dayFromBaseline: number };
  readonly studyInstanceUID: string;
  readonly seed: number;
  readonly patient: { readonly weight_kg: number; readonly height_m: number };
  readonly pet: { readonly injectedDose_Bq: number; readonly uptake_s: number; readonly SUVbwPerBqPerML: number; readonly referenceRegions: ReferenceRegion[] };
  readonly grids: Record<'ct' | 'pet' | 'mr', { readonly seriesInstanceUID: string; readonly geometry: Geometry }>;
  readonly definitions: Record<string, string>;
  readonly lesions: LesionTruth[];
}

export interface StudyResult {
  readonly manifest: ManifestStudy;
  readonly truth: StudyTruth;
}

/** Generates and emits every series of one timepoint, and returns its manifest entry and ground truth. */
export function generateStudy(config: PhantomConfig, timepoint: number, emit: Emit, charls?: Charls): StudyResult {
  const tp = TIMEPOINTS[timepoint];
  const seed = config.seed;
  const uid = uidLabeller(config, tp.key);
  const study = {
    studyInstanceUID: uid('study'),
    date: tp.date,
    time: CLOCK.studyTime,
    description: `CALIPER phantom ${tp.label}: CT, FDG PET/CT, MR DWI`,
    id: `TP${timepoint}`,
    accessionNumber: `CAL${seed}${timepoint}`,
  };
  const model = buildPatientModel(timepoint);
  const ctx = { config, model, patient: PATIENT, study, studyDir: tp.key, seed: seed + timepoint * 1000003, emit, charls, uid };
  // Benchmark-only lesions are painted last (over the model) into the CT alone.
  const extra = config.benchCtLesions ? benchCtLesions() : null;
  const ctModel = extra ? { structures: [...model.structures, ...extra.structures], lesions: [...model.lesions, ...extra.lesions] } : model;
  const ct = writeCtSeries({ ...ctx, model: ctModel });
  const pet = writePetSeries(ctx, ct.frameOfReferenceUID);
  const mr = writeMrSeries(ctx);
  const lesions = ctModel.lesions.map((l) => lesionTruth(l, ctModel.structures, ct, pet, mr, config.mr.bValues));
  return {
    manifest: {
      studyInstanceUID: study.studyInstanceUID,
      patientName: PATIENT.name,
      patientId: PATIENT.id,
      studyDate: tp.date,
      studyDescription: study.description,
      series: [ct.series, pet.series, mr.dwi, mr.t2],
    },
    truth: {
      version: 1,
      timepoint: { index: timepoint, key: tp.key, label: tp.label, dayFromBaseline: tp.day },
      studyInstanceUID: study.studyInstanceUID,
      seed,
      patient: { weight_kg: PATIENT.weightKg, height_m: PATIENT.sizeM },
      pet: { injectedDose_Bq: CLOCK.injectedDoseBq, uptake_s: CLOCK.uptakeSeconds, SUVbwPerBqPerML: pet.suvPerBqml, referenceRegions: referenceRegions(pet) },
      grids: {
        ct: { seriesInstanceUID: ct.series.seriesInstanceUID, geometry: ct.geometry },
        pet: { seriesInstanceUID: pet.series.seriesInstanceUID, geometry: pet.geometry },
        mr: { seriesInstanceUID: mr.dwi.seriesInstanceUID, geometry: mr.geometry },
      },
      definitions: {
        coordinates: 'patient LPS, mm; geometry origin = centre of voxel (0,0,0); voxel index (i,j,k) = (column,row,slice)',
        voxelisation: 'voxel-centre-inside rule: a voxel belongs to a lesion when its centre lies inside the analytic surface; volumeVoxelised = voxelCount × voxel volume',
        recist: RECIST_DEFINITION,
        ...PET_DEFINITIONS,
        adc: 'trueADC: model value (10^-3 mm2/s); meanTrueADC: mean over the MR-grid lesion mask of the model ADC of each voxel; meanFittedADC: mean of per-voxel log-linear least-squares fits over all b-values of the written DWI values',
        meanHU: 'mean of the written CT values (HU, incl. noise) over the CT-grid lesion mask',
      },
      lesions,
    },
  };
}
