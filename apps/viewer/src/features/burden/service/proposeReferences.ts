import { ensureEngineVolume } from '../../measure/service/engineVolumes';
import { measureWorker } from '../../measure/service/measureWorker';
import { useScores } from '../model/scoresState';
import type { PetReferenceKind } from '../worker/referenceOps';
import { petInfoOf } from './petInfo';
import { setReferenceCenter } from './petReferences';

let seq = 0;

/**
 * Caliper's proposed positions of the reference regions `kinds` on PET series `uid` (engine
 * proposeReferenceCenters, with the CT `ctUid` when one is open in the same frame): each found
 * region is placed (marked as proposed, for the reader to check and move); the reasons of those not
 * found are shown. Resolves to the kinds placed.
 */
export async function proposeReferences(uid: string, ctUid: string | null, kinds: readonly PetReferenceKind[]): Promise<PetReferenceKind[]> {
  const id = ++seq;
  useScores.getState().set({ busy: 'propose', note: null });
  try {
    const pet = await ensureEngineVolume(uid);
    const ct = ctUid ? await ensureEngineVolume(ctUid).catch(() => null) : null;
    const r = await measureWorker().proposeReferences(pet.id, ct?.id ?? null, { psma: petInfoOf(uid)?.family === 'PSMA' }, { requestId: `propose-${id}` });
    if (id !== seq || r.cancelled) return [];
    if (!r.ok) {
      useScores.getState().set({ note: `No positions proposed: ${r.error}` });
      return [];
    }
    const placed: PetReferenceKind[] = [];
    const missed: string[] = [];
    const warnings: string[] = [];
    for (const k of kinds) {
      const p = r.value[k === 'blood' ? 'bloodPool' : k];
      if (p.centerMm) {
        setReferenceCenter(k, [p.centerMm[0], p.centerMm[1], p.centerMm[2]], 'proposed');
        placed.push(k);
        // Without a CT a blood-like uptake (vertebral marrow) can pass for the aorta: the reason says so.
        if (/check/i.test(p.reason)) warnings.push(`${k}: ${p.reason}`);
      } else missed.push(`${k}: ${p.reason}`);
    }
    const notes = [
      ...(missed.length ? [`Not proposed — ${missed.join('; ')}. Place them with one click.`] : []),
      ...(warnings.length ? [`Check on the image — ${warnings.join('; ')}.`] : []),
    ];
    useScores.getState().set({ note: notes.length ? notes.join(' ') : null });
    return placed;
  } finally {
    if (id === seq) useScores.getState().set({ busy: null });
  }
}
