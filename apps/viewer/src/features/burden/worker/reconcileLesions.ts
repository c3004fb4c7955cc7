import { splitLesion } from '@caliper/engine';
import type { PreviousLesions } from '../model/burdenTypes';
import { croppedMaskVoxels } from './croppedMaskVoxels';

export interface ReconciledLesions {
  readonly ids: number[];
  readonly voxels: Int32Array[];
}

/**
 * Keeps the reader's lesions across a re-run (after an exclusion edit). Rule (docs/burden.md
 * "Editing in the viewer"): each new lesion takes the id of the old lesion it overlaps; one that
 * overlaps several is split between them (engine splitLesion seeded with each old lesion's overlap:
 * a split or a neighbour the reader kept apart stays apart); one that overlaps none gets a new id.
 * When an old lesion comes back in several pieces (the brush cut it), a merged lesion's pieces stay
 * one lesion; otherwise the largest piece keeps the id and the others get new ids. A lesion the
 * reader added that no new lesion overlaps keeps its voxels that are neither excluded nor taken.
 * New ids count on from the largest id so far. Returned in increasing id.
 */
export function reconcileLesions(dims: readonly [number, number, number], fresh: readonly Int32Array[], previous: PreviousLesions, excluded: Uint8Array | null): ReconciledLesions {
  const prevVoxels = previous.masks.map(croppedMaskVoxels);
  const owner = new Map<number, number>();
  prevVoxels.forEach((v, idx) => v.forEach((p) => owner.set(p, idx)));
  const pieces: { id: number | null; voxels: Int32Array }[] = [];
  for (const f of fresh) {
    const byPrev = new Map<number, number[]>();
    for (const p of f) {
      const o = owner.get(p);
      if (o !== undefined) (byPrev.get(o) ?? byPrev.set(o, []).get(o)!).push(p);
    }
    const olds = [...byPrev.keys()].sort((a, b) => previous.ids[a] - previous.ids[b]);
    if (olds.length <= 1) {
      pieces.push({ id: olds.length ? previous.ids[olds[0]] : null, voxels: f });
      continue;
    }
    const r = splitLesion(dims, f, olds.map((o) => byPrev.get(o)!));
    if (!r.ok) throw new Error(`reconcileLesions: ${r.error}`);
    r.value.parts.forEach((v, s) => pieces.push({ id: previous.ids[olds[s]], voxels: v }));
  }
  const taken = new Set<number>();
  for (const pc of pieces) pc.voxels.forEach((p) => taken.add(p));
  const present = new Set(pieces.map((p) => p.id));
  previous.ids.forEach((id, idx) => {
    if (present.has(id) || !previous.added.includes(id)) return;
    const keep = prevVoxels[idx].filter((p) => !(excluded && excluded[p]) && !taken.has(p));
    if (keep.length) pieces.push({ id, voxels: keep });
  });
  const out: { id: number | null; voxels: Int32Array }[] = [];
  const groups = new Map<number, Int32Array[]>();
  for (const pc of pieces) {
    if (pc.id === null) out.push(pc);
    else (groups.get(pc.id) ?? groups.set(pc.id, []).get(pc.id)!).push(pc.voxels);
  }
  for (const [id, vs] of groups) {
    if (vs.length === 1 || previous.merged.includes(id)) {
      const all = vs.length === 1 ? vs[0] : Int32Array.from(vs.flatMap((v) => [...v])).sort();
      out.push({ id, voxels: all });
      continue;
    }
    const bySize = [...vs].sort((a, b) => b.length - a.length);
    out.push({ id, voxels: bySize[0] });
    for (const v of bySize.slice(1)) out.push({ id: null, voxels: v });
  }
  let next = Math.max(0, ...previous.ids, ...out.map((p) => p.id ?? 0)) + 1;
  const fresh0 = out.filter((p) => p.id === null).sort((a, b) => b.voxels.length - a.voxels.length);
  for (const p of fresh0) p.id = next++;
  out.sort((a, b) => a.id! - b.id!);
  return { ids: out.map((p) => p.id!), voxels: out.map((p) => p.voxels) };
}
