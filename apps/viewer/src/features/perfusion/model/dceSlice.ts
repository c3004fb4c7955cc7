import type { StateCreator } from 'zustand';
import type { DceRoiReply, PerfusionRoiReply } from '../../measure/worker/createDceApi';
import type { PerfusionKind } from './perfusionKind';

/** How the DCE view shows the dynamic series. */
export type DceMode = 'phase' | 'subtraction' | 'mip';

/** The reader's ROI-fit settings (defaults: `caliper dce`'s, extended Tofts and a fixed T10 until a VFA series is chosen). */
export interface DceSettings {
  readonly model: 'tofts' | 'etofts' | 'patlak';
  /** Population AIF, a vessel lesion's ROI, or the suggested brightest early-enhancing voxels. */
  readonly aif: 'parker' | 'weinmann' | 'vessel' | 'suggested';
  /** The lesion whose ROI is the vessel (aif 'vessel'). */
  readonly aifLesionId: string | null;
  /** s after the first phase; null = detected on each ROI (as `caliper dce`). */
  readonly bolusArrivalS: number | null;
  readonly t10: { readonly kind: 'fixed'; readonly ms: number } | { readonly kind: 'vfa'; readonly seriesUID: string };
  readonly hematocrit: number;
  readonly r1PerMmS: number;
  /** DSC: the reference ROI (normal-appearing white matter) of rCBV/rCBF and the leakage correction. */
  readonly referenceLesionId: string | null;
  /** CT perfusion: the venous output ROI (e.g. superior sagittal sinus) of the partial-volume scaling. */
  readonly venousLesionId: string | null;
}

export const DEFAULT_DCE_SETTINGS: DceSettings = { model: 'etofts', aif: 'parker', aifLesionId: null, bolusArrivalS: null, t10: { kind: 'fixed', ms: 1000 }, hematocrit: 0.42, r1PerMmS: 4.5, referenceLesionId: null, venousLesionId: null };

/** A dynamic series opened as DCE, DSC or CT perfusion. */
export interface DceView {
  readonly sourceUID: string;
  readonly kind: PerfusionKind;
  /** Why the series is this kind (classifyDynamic). */
  readonly kindWhy: string;
  /** DSC: EchoTime (ms). */
  readonly teMs?: number;
  /** The derived series showing the current phase / subtraction / MIP. */
  readonly viewUID: string;
  readonly label: string;
  readonly timeSource: string;
  readonly groupedBy: string;
  readonly timesS: readonly number[];
  readonly flipAngleDeg: number;
  readonly trMs: number;
  readonly phase: number;
  readonly mode: DceMode;
  readonly playing: boolean;
  /** Baseline phases of the subtraction (before the bolus arrival; 1 until one is known). */
  readonly baselineCount: number;
  /** T10 in use, in words (e.g. 'VFA 2/5/10/15°: median 1180 ms'). */
  readonly t10Note: string;
  readonly suggestion: { readonly centreMm: readonly number[]; readonly peakTimeS: number; readonly enhancement: number; readonly count: number } | null;
}

export interface DceRoiEntry {
  readonly version: number;
  /** DCE: the tracer-kinetic fit; DSC/CT: the deconvolution result (`kind` 'dsc' | 'ctp'). */
  readonly result?: DceRoiReply | PerfusionRoiReply;
  readonly error?: string;
}

export interface PerfusionSlice {
  readonly dce: DceView | null;
  /** Dynamic series recognised in the viewports (offered as DCE): UID → label, time source, phases. */
  readonly dceCandidates: Readonly<Record<string, { readonly label: string; readonly timeSource: string; readonly phases: number; readonly kind: PerfusionKind; readonly why: string }>>;
  readonly dceBusy: string | null;
  readonly dceSettings: DceSettings;
  /** ROI results per lesion id. */
  readonly dceRois: Readonly<Record<string, DceRoiEntry>>;
  readonly dceCurve: 'concentration' | 'signal';
  setDce: (v: DceView | null) => void;
  patchDce: (p: Partial<DceView>) => void;
  addDceCandidate: (uid: string, c: PerfusionSlice['dceCandidates'][string]) => void;
  setDceBusy: (b: string | null) => void;
  setDceSettings: (p: Partial<DceSettings>) => void;
  setDceRoi: (lesionId: string, e: DceRoiEntry | null) => void;
  setDceCurve: (c: PerfusionSlice['dceCurve']) => void;
}

export const createPerfusionSlice: StateCreator<PerfusionSlice, [], [], PerfusionSlice> = (set) => ({
  dce: null,
  dceCandidates: {},
  dceBusy: null,
  dceSettings: DEFAULT_DCE_SETTINGS,
  dceRois: {},
  dceCurve: 'concentration',
  setDce: (dce) => set({ dce, dceRois: {} }),
  patchDce: (p) => set((s) => (s.dce ? { dce: { ...s.dce, ...p } } : {})),
  addDceCandidate: (uid, c) => set((s) => ({ dceCandidates: { ...s.dceCandidates, [uid]: c } })),
  setDceBusy: (dceBusy) => set({ dceBusy }),
  setDceSettings: (p) => set((s) => ({ dceSettings: { ...s.dceSettings, ...p } })),
  setDceRoi: (id, e) =>
    set((s) => {
      if (e === null) {
        const { [id]: _gone, ...rest } = s.dceRois;
        return { dceRois: rest };
      }
      // A late reply for an older shape version is dropped.
      const prev = s.dceRois[id];
      return prev && prev.version > e.version ? {} : { dceRois: { ...s.dceRois, [id]: e } };
    }),
  setDceCurve: (dceCurve) => set({ dceCurve }),
});
