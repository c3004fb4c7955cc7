import type { AxialGridOptions } from '../grid/makeAxialGrid';
import type { TransferSyntaxName } from '../dicom/transferSyntax';

export interface PhantomConfig {
  readonly seed: number;
  /**
   * Mixed into every UID label when set, so that sets of another config (e.g. `--large`) never
   * share a Study/Series/SOP Instance UID with the demo of the same seed. Unset in the demo: its
   * UIDs (and bytes) stay as they were.
   */
  readonly uidNamespace?: string;
  /** Add the benchmark-only CT lesions (model/benchCtLesions: L5, ≈ 50 mL); unset in the demo. */
  readonly benchCtLesions?: boolean;
  /** How many timepoints to write: 1 = baseline, 2 = + follow-up 1, 3 = + follow-up 2. */
  readonly timepoints: 1 | 2 | 3;
  /** Add the DCE-MRI breast study (dce/, truth/dce.json; another patient); the demo only. */
  readonly dce?: boolean;
  /** Add the DSC-MRI brain study (dsc/, truth/dsc.json; patient CALIPER-DSC-001); the demo only. */
  readonly dsc?: boolean;
  /** Add the CT perfusion study (ctp/, truth/ctp.json; patient CALIPER-CTP-001); the demo only. */
  readonly ctp?: boolean;
  readonly transferSyntax: TransferSyntaxName;
  readonly ct: AxialGridOptions & { readonly noiseHu: number };
  readonly pet: AxialGridOptions & { readonly psfFwhmMm: number; readonly noiseRelative: number };
  readonly mr: AxialGridOptions & {
    /** b-values (s/mm2) of the DWI series, in acquisition order. */
    readonly bValues: readonly number[];
    /** Rician noise σ per channel (a.u.); tissue S0 are 8–900. */
    readonly noiseSigma: number;
    readonly vendorTags: { readonly siemens: boolean; readonly ge: boolean };
  };
}

/** The demo: 512×512×150 CT (0.78125 × 0.78125 × 2.5 mm), 128×128×94 PET (4 mm), 192×192×48 MR (2 × 2 × 5 mm), 3 timepoints, JPEG-LS. */
export function demoConfig(seed = 1): PhantomConfig {
  return {
    seed,
    timepoints: 3,
    dce: true,
    dsc: true,
    ctp: true,
    transferSyntax: 'jpegls',
    ct: { columns: 512, rows: 512, slices: 150, fieldOfViewMm: 400, zStartMm: -300, zEndMm: 72.5, noiseHu: 2.5 },
    pet: { columns: 128, rows: 128, slices: 94, fieldOfViewMm: 512, zStartMm: -300, zEndMm: 72, psfFwhmMm: 6, noiseRelative: 0.05 },
    mr: {
      columns: 192, rows: 192, slices: 48, fieldOfViewMm: 384, zStartMm: -235, zEndMm: 0,
      bValues: [0, 50, 400, 800], noiseSigma: 6, vendorTags: { siemens: true, ge: true },
    },
  };
}

/**
 * Benchmark size: 512×512×300 CT, whole-body 200×200×600 PET (3 mm), same MR; baseline only; the
 * CT also holds L5, a homogeneous ≈ 50 mL lesion (click-to-grow benchmark).
 */
export function largeConfig(seed = 1): PhantomConfig {
  const d = demoConfig(seed);
  return {
    ...d,
    uidNamespace: 'large',
    benchCtLesions: true,
    timepoints: 1,
    dce: false,
    dsc: false,
    ctp: false,
    ct: { ...d.ct, slices: 300, zEndMm: -300 + 299 * 2.5 },
    pet: { ...d.pet, columns: 200, rows: 200, slices: 600, fieldOfViewMm: 600, zStartMm: -1300, zEndMm: -1300 + 599 * 3 },
  };
}

/** Small grids through the same code path, for unit tests (noise-free unless overridden). */
export function testConfig(seed = 1): PhantomConfig {
  const d = demoConfig(seed);
  return {
    ...d,
    dce: false,
    dsc: false,
    ctp: false,
    transferSyntax: 'explicit',
    ct: { ...d.ct, columns: 96, rows: 96, slices: 50, noiseHu: 0 },
    pet: { ...d.pet, columns: 48, rows: 48, slices: 40, psfFwhmMm: 0, noiseRelative: 0 },
    mr: { ...d.mr, columns: 64, rows: 64, slices: 24, noiseSigma: 0 },
  };
}
