import { useSyncExternalStore } from 'react';
import type { MapJobSetup } from '@caliper/engine/perfusion/fitMapChunk';
import type { MapSource } from '@caliper/report/parametric/mapSource';
import type { PerfusionKind } from '../model/perfusionKind';
import type { MapOptions } from './mapOptions';
import type { MapParameter } from './mapParameters';
import type { MapArrays } from './volumeMaps';

/** A computed set of maps: what the panel lists and the export writes. */
export interface MapResult {
  readonly kind: PerfusionKind;
  readonly sourceSeriesUID: string;
  /** How the maps were computed, in words (tooltips; the export's Method). */
  readonly methodText: string;
  /** s after the first phase (null: baseline given as a phase count). */
  readonly bolusArrivalS: number | null;
  readonly baselineCount: number;
  /** DCE: the reader's options and the job's setup. */
  readonly options?: MapOptions;
  readonly setup?: MapJobSetup;
  readonly maps: MapArrays;
  readonly source: MapSource;
  /** Map series listed in the study browser, one per parameter. */
  readonly series: readonly { readonly parameter: MapParameter; readonly seriesUID: string; readonly window: { lower: number; upper: number } }[];
  readonly fittedVoxels: number;
  readonly seconds: number;
}

/** The map job of the panel (one at a time): idle, running (cancellable), done or failed. */
export type MapJobState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly seriesUID: string; readonly stage: string; readonly done: number; readonly total: number }
  | { readonly kind: 'failed'; readonly seriesUID: string; readonly reason: string };

/** The map shown over the anatomy (the dynamic series' own images), if any. */
export interface MapOverlay {
  readonly sourceSeriesUID: string;
  readonly field: MapParameter['field'];
  /** 0..1 */
  readonly opacity: number;
}

let state: MapJobState = { kind: 'idle' };
let overlay: MapOverlay | null = null;
const results = new Map<string, MapResult>();
const listeners = new Set<() => void>();
let version = 0;

const emit = () => {
  version++;
  for (const l of listeners) l();
};

export const mapJobState = (): MapJobState => state;
export function setMapJobState(s: MapJobState): void {
  state = s;
  emit();
}

export const mapOverlay = (): MapOverlay | null => overlay;
export function setMapOverlay(o: MapOverlay | null): void {
  overlay = o;
  emit();
}

export const mapResultOf = (sourceSeriesUID: string): MapResult | undefined => results.get(sourceSeriesUID);
export const mapResults = (): MapResult[] => [...results.values()];
export function setMapResult(r: MapResult): void {
  results.set(r.sourceSeriesUID, r);
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** React view of the job and results (re-renders on every change). */
export function useMapJob(): { state: MapJobState; results: MapResult[]; overlay: MapOverlay | null } {
  useSyncExternalStore(subscribe, () => version);
  return { state, results: mapResults(), overlay };
}

/** Calls `l` after every change (non-React code: the overlay renderer). */
export const onMapJobChange = (l: () => void): (() => void) => subscribe(l);
