/** What is known when a study opened by the reader (files, DICOMweb, demo) may get its hanging. */
export interface AutoHangingInput {
  /** The protocol and pane series the best-fitting hanging would show now (hangingKeyOf); undefined: none fits yet. */
  readonly best?: string;
  /** The key of the hanging this open applied last; undefined: not applied yet. */
  readonly applied?: string;
  /** The reader changed the layout, opened a series or another study since the open (or since the last apply). */
  readonly readerActed: boolean;
  /** Every series of the open is listed (files read, retrieve finished). */
  readonly complete: boolean;
  /** Modalities the source announced (QIDO-RS ModalitiesInStudy) that have no series listed yet. */
  readonly missingModalities: readonly string[];
}

export type AutoHangingDecision = 'apply' | 'wait' | 'stop';

/**
 * Whether to (re)arrange a study the reader opened. A hanging goes up as soon as the announced
 * modalities are listed (headers only, no pixels needed), or when the open completes; a series
 * arriving later re-arranges it only while the reader has not touched the layout or the panes —
 * a reader's own arrangement is never overridden. Stops once the open is complete and arranged.
 */
export function decideAutoHanging(i: AutoHangingInput): AutoHangingDecision {
  if (i.readerActed) return 'stop';
  if (i.best === undefined || i.best === i.applied) return i.complete ? 'stop' : 'wait';
  if (i.applied === undefined && i.missingModalities.length > 0 && !i.complete) return 'wait';
  return 'apply';
}

/** A hanging's identity: its protocol and what each pane shows (a different series is a different hanging). */
export function hangingKeyOf(plan: { readonly protocolId: string; readonly panes: readonly { readonly seriesUID?: string; readonly overlayUID?: string }[] }): string {
  return [plan.protocolId, ...plan.panes.map((p) => `${p.seriesUID ?? '-'}+${p.overlayUID ?? ''}`)].join('|');
}
