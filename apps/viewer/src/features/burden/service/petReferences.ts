import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { useBurden } from '../model/burdenState';
import { useScores } from '../model/scoresState';
import type { ExtraReferenceKind } from '../model/scoresState';
import type { PetReferenceKind } from '../worker/referenceOps';
import { pickPoint } from './pickPoint';

type Vec3 = readonly [number, number, number];
const EXTRA: readonly PetReferenceKind[] = ['parotid', 'spleen', 'muscle'];
const isExtra = (k: PetReferenceKind): k is ExtraReferenceKind => EXTRA.includes(k);

/** Every placed reference centre: liver and blood pool from the burden panel, the others from the scores store. */
export function referenceCenters(): Partial<Record<PetReferenceKind, Vec3>> {
  const b = useBurden.getState(), s = useScores.getState();
  const out: Partial<Record<PetReferenceKind, Vec3>> = {};
  const liver = b.liver?.centerMm ?? b.result?.reference.liver?.centerMm ?? null;
  if (liver) out.liver = liver;
  if (b.blood) out.blood = b.blood;
  for (const k of EXTRA) {
    const r = s.references[k as ExtraReferenceKind];
    if (r) out[k] = r.centerMm;
  }
  return out;
}

let seq = 0;

/**
 * Measures every placed reference region of PET series `uid` in the engine worker (SUVbw) and, for
 * a hypoxia tracer, each kept lesion's ratios against the blood pool (FMISO) or muscle (FAZA). The
 * values go to useScores (`measured`, `references`, `hypoxiaResults`); refusals keep their reason.
 */
export async function refreshReferences(uid: string, hypoxia: 'blood' | 'muscle' | null): Promise<void> {
  const id = ++seq;
  const centers = referenceCenters();
  const ev = await ensureEngineVolume(uid);
  const r = await measureWorker().petReferences(ev.id, centers, { requestId: `refs-${id}` });
  if (id !== seq) return;
  if (r.cancelled) return;
  if (!r.ok) {
    useScores.getState().set({ note: r.error, measured: {} });
    return;
  }
  const s = useScores.getState();
  const references = { ...s.references };
  for (const [k, o] of Object.entries(r.value) as [PetReferenceKind, (typeof r.value)[PetReferenceKind]][]) {
    const prev = isExtra(k) ? references[k] : undefined;
    if (isExtra(k) && o?.ok && prev)
      references[k] = { ...prev, diameterMm: o.value.diameterMm ?? prev.diameterMm, mean: o.value.mean, sd: o.value.sd, max: o.value.max ?? o.value.mean, voxelCount: o.value.voxelCount };
  }
  let hypoxiaResults: typeof s.hypoxiaResults = [];
  const refMean = hypoxia ? (r.value[hypoxia]?.ok ? (r.value[hypoxia] as { value: { mean: number } }).value.mean : null) : null;
  const b = useBurden.getState();
  if (hypoxia && refMean !== null && b.result && b.seriesUID === uid) {
    const kept = b.result.lesions.map((l, i) => ({ l, m: b.result!.lesionMasks[i] })).filter(({ l }) => !b.removed.includes(l.id));
    const ratio = hypoxia === 'blood' ? s.hypoxia.fmisoTb : s.hypoxia.fazaTm;
    const h = await measureWorker().hypoxia(ev.id, kept.map(({ l, m }) => ({ id: l.id, mask: m })), { reference: hypoxia, referenceMean: refMean, ratioThreshold: ratio }, { requestId: `hyp-${id}` });
    if (id !== seq) return;
    if (!h.cancelled && h.ok) hypoxiaResults = h.value;
  }
  useScores.getState().set({ measured: r.value, references, hypoxiaResults, note: null });
}

/**
 * One click places reference region `kind` (the next press on a viewport, Esc cancels): liver and
 * blood pool go to the burden panel (they also set PERCIST's and the liver-based methods' threshold),
 * the others to the scores store. Resolves to false when cancelled.
 */
export async function placeReference(kind: PetReferenceKind, at?: Vec3 | null, source: 'click' | 'proposed' = 'click'): Promise<boolean> {
  useScores.getState().set({ busy: `place-${kind}` });
  const p = at ?? (await pickPoint());
  useScores.getState().set({ busy: null });
  if (!p) return false;
  setReferenceCenter(kind, p, source);
  return true;
}

/** Sets a reference centre (patient LPS mm) without measuring; refreshReferences measures it. */
export function setReferenceCenter(kind: PetReferenceKind, p: Vec3, source: 'click' | 'proposed'): void {
  if (kind === 'liver') useBurden.getState().set({ liver: { centerMm: p, source: 'click' } });
  else if (kind === 'blood') useBurden.getState().set({ blood: p });
  else {
    const s = useScores.getState();
    // Values are filled by refreshReferences; until then the region shows as "measuring…".
    s.set({ references: { ...s.references, [kind]: { centerMm: p, diameterMm: 0, mean: NaN, sd: NaN, max: NaN, voxelCount: 0, unit: 'SUVbw', source } } });
  }
}
