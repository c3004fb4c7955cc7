import type { Code } from './codes';
import { sameCode } from './codes';

/** A lesion site the reader picks from a list: Caliper's organ name and its SNOMED CT body structure. */
export interface FindingSite {
  /** The lesion's `organ` (also RECIST 1.1's organ for "≤ 2 targets per organ"). */
  readonly organ: string;
  /** Absent for "other": no code, the organ is kept as text. */
  readonly code?: Code;
}

const sct = (value: string, meaning: string): Code => ({ value, scheme: 'SCT', meaning });

/**
 * Common oncology lesion sites, coded as TID 1500 / TID 1501 "Finding Site" (363698007, SCT) values
 * from SNOMED CT body structures (the codes of PS3.16 CID 4 Anatomic Region / CID 4031 Common
 * Anatomic Regions). "lymph node" is the same code Caliper already writes for nodal lesions.
 */
export const FINDING_SITES: readonly FindingSite[] = [
  { organ: 'liver', code: sct('10200004', 'Liver') },
  { organ: 'lung', code: sct('39607008', 'Lung') },
  { organ: 'lymph node', code: sct('59441001', 'Lymph node') },
  { organ: 'bone', code: sct('272673000', 'Bone') },
  { organ: 'adrenal gland', code: sct('23451007', 'Adrenal gland') },
  { organ: 'brain', code: sct('12738006', 'Brain') },
  { organ: 'kidney', code: sct('64033007', 'Kidney') },
  { organ: 'pancreas', code: sct('15776009', 'Pancreas') },
  { organ: 'peritoneum', code: sct('15425007', 'Peritoneum') },
  { organ: 'pleura', code: sct('3120008', 'Pleura') },
  { organ: 'spleen', code: sct('78961009', 'Spleen') },
  { organ: 'soft tissue', code: sct('87784001', 'Soft tissue') },
  { organ: 'breast', code: sct('76752008', 'Breast') },
  { organ: 'other' },
];

/** The Finding Site code of an organ from the list (case-insensitive), or undefined (free text, "other"). */
export function findingSiteCode(organ: string | undefined): Code | undefined {
  if (organ === undefined) return undefined;
  const key = organ.trim().toLowerCase();
  return FINDING_SITES.find((s) => s.organ === key)?.code;
}

/** The organ of a Finding Site code (any scheme spelling of the same SNOMED CT concept), or undefined. */
export function organForSiteCode(code: Code): string | undefined {
  return FINDING_SITES.find((s) => s.code !== undefined && sameCode(s.code, code))?.organ;
}
