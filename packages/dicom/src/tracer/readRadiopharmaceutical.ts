import type { DataSet } from 'dicom-parser';
import { firstItemOf, numberOf, text } from '../scaling/dataSetValues';
import type { CodedConcept } from './tracerTable';

/** What a PET header says about its tracer: item 1 of RadiopharmaceuticalInformationSequence. */
export interface RadiopharmaceuticalTags {
  /** Radiopharmaceutical Code Sequence (0054,0304) item 1. */
  readonly radiopharmaceuticalCode?: CodedConcept;
  /** Radionuclide Code Sequence (0054,0300) item 1. */
  readonly radionuclideCode?: CodedConcept;
  /** Radiopharmaceutical (0018,0031), free text. */
  readonly radiopharmaceutical?: string;
  /** Radionuclide (0018,0030), free text (retired, still written by older scanners). */
  readonly radionuclide?: string;
  /** RadionuclideHalfLife (0018,1075), s. */
  readonly halfLifeS?: number;
}

function codeOf(ds: DataSet | undefined, tag: string): CodedConcept | undefined {
  const item = firstItemOf(ds, tag);
  const value = text(item, 'x00080100') ?? text(item, 'x00080119') ?? text(item, 'x00080120');
  if (!item || value === undefined) return undefined;
  return { scheme: text(item, 'x00080102') ?? '', value, meaning: text(item, 'x00080104') ?? '' };
}

/**
 * Reads the tracer attributes of a PET instance (dicom-parser data set) from item 1 of
 * RadiopharmaceuticalInformationSequence (0054,0016). Long Code Value (0008,0119) and URN Code Value
 * (0008,0120) are accepted where Code Value is absent.
 */
export function readRadiopharmaceutical(ds: DataSet): RadiopharmaceuticalTags {
  const rp = firstItemOf(ds, 'x00540016');
  const out: { -readonly [K in keyof RadiopharmaceuticalTags]: RadiopharmaceuticalTags[K] } = {};
  const rc = codeOf(rp, 'x00540304');
  const nc = codeOf(rp, 'x00540300');
  const name = text(rp, 'x00180031');
  const nuclide = text(rp, 'x00180030');
  const half = numberOf(rp, 'x00181075');
  if (rc) out.radiopharmaceuticalCode = rc;
  if (nc) out.radionuclideCode = nc;
  if (name !== undefined) out.radiopharmaceutical = name;
  if (nuclide !== undefined) out.radionuclide = nuclide;
  if (half !== undefined && Number.isFinite(half) && half > 0) out.halfLifeS = half;
  return out;
}
