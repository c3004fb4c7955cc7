/**
 * The PET tracers and nuclides Caliper recognises (issue 14): DICOM CID 4021 (PET
 * Radiopharmaceutical) and CID 4020 (PET Radionuclide) codes, nominal half-lives, and the free-text
 * names seen in (0018,0031) Radiopharmaceutical. The first code of each entry is the one reported
 * when the header has none; SRT codes are the pre-2019 SNOMED-RT equivalents still written by
 * scanners.
 */
export interface CodedConcept {
  /** Coding Scheme Designator (0008,0102), e.g. SCT, SRT, NCIt, DCM, UMLS. */
  readonly scheme: string;
  /** Code Value (0008,0100). */
  readonly value: string;
  /** Code Meaning (0008,0104). */
  readonly meaning: string;
}

export type NuclideName = 'F-18' | 'Ga-68';

export interface NuclideEntry {
  readonly name: NuclideName;
  readonly codes: readonly CodedConcept[];
  /** Nominal physical half-life, s (DDEP/NNDC values used by PET vendors). */
  readonly halfLifeS: number;
  /** Free-text spellings, compared after lower-casing and dropping everything but letters and digits. */
  readonly aliases: readonly string[];
}

/** How a tracer is read: which organs take it up physiologically, which thresholds apply. */
export type TracerFamily = 'FDG' | 'PSMA' | 'SSTR' | 'hypoxia';

export interface TracerEntry {
  readonly name: string;
  readonly family: TracerFamily;
  readonly codes: readonly CodedConcept[];
  readonly nuclide: NuclideName;
  readonly aliases: readonly string[];
}

export const NUCLIDES: readonly NuclideEntry[] = [
  {
    name: 'F-18',
    codes: [{ scheme: 'SCT', value: '77004003', meaning: '^18^Fluorine' }, { scheme: 'SRT', value: 'C-111A1', meaning: '^18^Fluorine' }],
    halfLifeS: 6586.2,
    aliases: ['F-18', 'F18', '18F', 'Fluorine-18', '18-Fluorine', '^18^Fluorine'],
  },
  {
    name: 'Ga-68',
    codes: [{ scheme: 'SCT', value: '35337001', meaning: '^68^Gallium' }, { scheme: 'SRT', value: 'C-131A3', meaning: '^68^Gallium' }],
    halfLifeS: 4062.6,
    aliases: ['Ga-68', 'Ga68', '68Ga', 'Gallium-68', '68-Gallium', '^68^Gallium'],
  },
];

export const TRACERS: readonly TracerEntry[] = [
  {
    name: 'FDG',
    family: 'FDG',
    codes: [{ scheme: 'SCT', value: '35321007', meaning: 'Fluorodeoxyglucose F^18^' }, { scheme: 'SRT', value: 'C-B1031', meaning: 'Fluorodeoxyglucose F^18^' }],
    nuclide: 'F-18',
    aliases: ['FDG', 'Fluorodeoxyglucose', 'Fludeoxyglucose', '18F-FDG'],
  },
  {
    name: 'PSMA-11',
    family: 'PSMA',
    codes: [{ scheme: 'NCIt', value: 'C118961', meaning: 'PSMA-11 Ga^68^' }],
    nuclide: 'Ga-68',
    aliases: ['PSMA-11', 'Ga-68 PSMA-11', 'PSMA-HBED-CC', 'HBED-CC', 'gozetotide'],
  },
  {
    name: 'DCFPyL',
    family: 'PSMA',
    codes: [{ scheme: 'NCIt', value: 'C116352', meaning: 'DCFPyL F^18^' }],
    nuclide: 'F-18',
    aliases: ['DCFPyL', 'piflufolastat', '18F-DCFPyL'],
  },
  {
    name: 'PSMA-1007',
    family: 'PSMA',
    codes: [{ scheme: 'DCM', value: '126758', meaning: 'PSMA-1007 F^18^' }],
    nuclide: 'F-18',
    aliases: ['PSMA-1007', '18F-PSMA-1007'],
  },
  {
    name: 'FMISO',
    family: 'hypoxia',
    codes: [{ scheme: 'SCT', value: '422598008', meaning: 'Fluoromisonidazole F^18^' }, { scheme: 'SRT', value: 'C-B07E1', meaning: 'Fluoromisonidazole F^18^' }],
    nuclide: 'F-18',
    aliases: ['FMISO', 'fluoromisonidazole'],
  },
  {
    name: 'FAZA',
    family: 'hypoxia',
    codes: [],
    nuclide: 'F-18',
    aliases: ['FAZA', 'fluoroazomycin arabinoside', 'fluoroazomycinarabinoside'],
  },
  {
    name: 'DOTATATE',
    family: 'SSTR',
    codes: [{ scheme: 'UMLS', value: 'C1742831', meaning: 'tyrosine-3-octreotate Ga^68^' }],
    nuclide: 'Ga-68',
    aliases: ['DOTATATE', 'DOTA-TATE', 'tyrosine-3-octreotate', 'Ga-68 DOTATATE'],
  },
];

/** Lower-case letters and digits only: "Ga-68 PSMA-11" and "ga68psma11" compare equal. */
export const normaliseName = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
