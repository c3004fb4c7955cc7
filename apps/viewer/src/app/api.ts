import { appStore } from './store';
import type { LoadError, SeriesEntry } from './types';

/** One series as listed by `caliper.studies()`. */
export interface ApiSeries {
  readonly seriesInstanceUID: string;
  readonly modality: string;
  readonly seriesDescription: string;
  readonly seriesNumber?: number;
  readonly instanceCount: number;
  readonly isVolume: boolean;
}

export interface ApiStudy {
  readonly studyInstanceUID: string;
  readonly patientName: string;
  readonly patientId: string;
  readonly issuerOfPatientId?: string;
  readonly studyDate: string;
  readonly studyTime?: string;
  readonly studyDescription: string;
  readonly source: 'demo' | 'files' | 'dicomweb';
  readonly series: readonly ApiSeries[];
}

/** Where to open a series: a stack slot (0-based, in the current grid), MPR, or PET/CT fusion. */
export type OpenTarget = number | 'mpr' | 'fusion';

export interface OpenOptions {
  readonly viewport?: OpenTarget;
}

/** Result of `caliper.debug.sample`. */
export interface PixelSample {
  readonly value: number | null;
  readonly unit: string;
  readonly lps: [number, number, number];
  /** Voxel index; for a stack k is the shown image's place in slice order. */
  readonly ijk: [number, number, number] | null;
  /** True when the point lies on the image (inside the voxel grid). */
  readonly inside: boolean;
  readonly rgba: [number, number, number, number];
}

/** Test/automation helpers; not for end users. */
export interface CaliperDebug {
  /** Voxel value and rendered RGBA at a canvas point (CSS px) of a viewport. */
  sample(viewportId: string, canvasX: number, canvasY: number, opts?: { volumeSeriesUID?: string }): PixelSample;
  /** Canvas point (CSS px) where a patient point (LPS mm) is drawn in a viewport. */
  worldToCanvas(viewportId: string, lps: readonly [number, number, number]): [number, number];
  /** Loaded volume of a series: grid, voxel array type, value range, SUV scaling of its first image. */
  volumeInfo(seriesUID: string):
    | { dimensions: [number, number, number]; spacing: [number, number, number]; dataType: string; range: [number, number]; scaling?: { suvbw?: number } }
    | undefined;
  /** Sum of every voxel of a series' loaded volume, in volume units (a checksum; undefined before it is loaded). */
  volumeSum(seriesUID: string): number | undefined;
  /** Stored-then-scaled pixel statistics of a stack viewport's current image. */
  imageStats(viewportId: string): { imageId: string; dataType: string; min: number; max: number; preScale?: unknown } | undefined;
  /** Actors of a volume viewport with their opacity function points and colour range (debugging). */
  actors(viewportId: string): { uid: string; referencedId: string; opacity: number[]; colorRange: number[] }[];
  /** Ids of the viewports currently on screen. */
  viewports(): string[];
  /** Loads a static manifest (same format as ./demo/manifest.json). */
  loadManifest(url: string): Promise<boolean>;
  /** Opens a study from a DICOMweb server (no hanging protocol); resolves with its series UIDs once listed. */
  openDicomWeb(url: string, studyInstanceUID: string, token?: string): Promise<string[]>;
  /** Sets window/level of a viewport (display units). */
  setVoi(viewportId: string, width: number, center: number): void;
  /** Scroll a viewport by `delta` slices. */
  scroll(viewportId: string, delta: number): void;
}

/**
 * `window.caliper`: the stable automation API (see docs/api.md). Features add their own entries
 * through `extend` (e.g. measure, grow, lesions, clearLesions, exportDicom, saveToPacs).
 */
export interface CaliperApi {
  readonly version: 1;
  readonly ready: Promise<void>;
  /** False when WebGL2 is unavailable (nothing can be displayed; `open` rejects). */
  readonly webgl: boolean;
  studies(): ApiStudy[];
  open(seriesInstanceUID: string, options?: OpenOptions): Promise<void>;
  errors(): LoadError[];
  readonly debug: CaliperDebug;
  /** Registry for feature APIs: `caliper.extend('measure', fn)` makes `caliper.measure` available. */
  extend<K extends string>(name: K, value: unknown): void;
  [feature: string]: unknown;
}

export const toApiSeries = (s: SeriesEntry): ApiSeries => ({
  seriesInstanceUID: s.seriesInstanceUID,
  modality: s.modality,
  seriesDescription: s.seriesDescription,
  seriesNumber: s.seriesNumber,
  instanceCount: s.instanceCount,
  isVolume: !s.notVolumeReason,
});

export function listStudies(): ApiStudy[] {
  const { studies, series } = appStore.getState();
  const all = Object.values(series);
  return Object.values(studies).map((st) => ({
    ...st,
    series: all
      .filter((s) => s.studyInstanceUID === st.studyInstanceUID)
      .sort((a, b) => (a.seriesNumber ?? 0) - (b.seriesNumber ?? 0))
      .map(toApiSeries),
  }));
}
