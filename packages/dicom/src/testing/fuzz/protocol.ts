import type { MutationKind } from './mutations';

/** Messages between runFuzz and its child process. */
export interface ChildInit {
  readonly type: 'init';
  readonly seed: number;
  /** Reference samples to mutate besides the generated seeds: all, only those ≤ 64 KiB, or none. */
  readonly reference: 'all' | 'small' | 'none';
  readonly sweepSteps: number;
  readonly kinds?: readonly MutationKind[];
}
/** Run positions [from, to): case `pos` of the run, or case `only[pos]` when a list is given. */
export type ToChild = ChildInit | { readonly type: 'run'; readonly from: number; readonly to: number; readonly only?: readonly number[] };

export type FromChild =
  | { readonly type: 'ready'; readonly seeds: number; readonly referenceSeeds: number; readonly sweep: number }
  | { readonly type: 'start'; readonly pos: number; readonly i: number; readonly kind: MutationKind; readonly detail: string; readonly bytes: number }
  | { readonly type: 'done'; readonly pos: number; readonly i: number; readonly ms: number; readonly cpuMs: number; readonly violations: readonly string[]; readonly reason: string; readonly maxRssKb: number }
  | { readonly type: 'crash'; readonly pos: number; readonly i: number; readonly message: string }
  | { readonly type: 'fatal'; readonly message: string }
  | { readonly type: 'idle' };
