import { wadouri } from '@cornerstonejs/dicom-image-loader';
import type { DataSet } from 'dicom-parser';
import { bsaDuBoisCm2, identifyTracer, lbmJanmahasatianG, readPetSuvTags, readRadiopharmaceutical, tracerFamily } from '@caliper/dicom';
import type { Tracer, TracerFamily } from '@caliper/dicom';
import { toSex } from '@caliper/dicom/scaling/suv/bodySize';
import { normaliseWeightKg } from '@caliper/dicom/scaling/suv/normalisePatientInputs';
import { appStore } from '../../../app/store';
import { prefetchedInstance } from '../../../viewports/prefetch';

/** What the burden panel knows of a PET series from its first header. */
export interface PetInfo {
  readonly tracer: Tracer;
  readonly family: TracerFamily;
  /** false: the tracer was not recognised (read as FDG, as `caliper burden`). */
  readonly known: boolean;
  /** Du Bois BSA, m² (weight and height), for SDmax. */
  readonly bsaM2: number | null;
  /** Janmahasatian LBM / weight (weight, height, sex M/F), for the liver SUL. */
  readonly sulPerSuvbw: number | null;
  /** "#n description UID", as the CLI names a series. */
  readonly label: string;
}

function firstDataSet(imageIds: readonly string[]): DataSet | null {
  if (!imageIds.length) return null;
  // Headers read when the series was opened (prepareSeries / registerInstances), else the loader's cache.
  const inst = prefetchedInstance(imageIds[0]);
  if (inst) return inst.dataSet;
  try {
    return (wadouri.dataSetCacheManager.get(wadouri.parseImageId(imageIds[0]).url) as DataSet | undefined) ?? null;
  } catch {
    return null;
  }
}

/**
 * Tracer (identifyTracer over RadiopharmaceuticalInformationSequence) and body size of a PET
 * series from the loader's parsed header; the reader's SUV corrections override weight and height
 * as they do for SUV (same rules as `caliper burden`'s bodyMeasures). null until a header is loaded.
 */
export function petInfoOf(seriesUID: string): PetInfo | null {
  const s = appStore.getState();
  const series = s.series[seriesUID];
  const ds = series ? firstDataSet(series.imageIds) : null;
  if (!series || !ds) return null;
  const tracer = identifyTracer(readRadiopharmaceutical(ds));
  const fam = tracerFamily(tracer);
  const tags = readPetSuvTags(ds);
  const o = s.suvOverrides[seriesUID] ?? {};
  const w = normaliseWeightKg(tags, o, []);
  const weightKg = w.ok ? w.value : null;
  const heightM = o.patientSizeM ?? (tags.patientSizeM !== undefined && tags.patientSizeM > 0 ? tags.patientSizeM : null);
  const sx = toSex(o.patientSex ?? tags.patientSex);
  const sex = sx === 'O' ? null : sx;
  const label = [series.seriesNumber !== undefined ? `#${series.seriesNumber}` : '', series.seriesDescription, seriesUID].filter(Boolean).join(' ');
  return {
    tracer,
    family: fam.family,
    known: fam.known,
    bsaM2: weightKg !== null && heightM !== null ? bsaDuBoisCm2(weightKg, heightM) / 1e4 : null,
    sulPerSuvbw: weightKg !== null && heightM !== null && sex !== null ? lbmJanmahasatianG(weightKg, heightM, sex) / (weightKg * 1000) : null,
    label,
  };
}
