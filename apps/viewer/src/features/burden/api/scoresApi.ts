import { appStore } from '../../../app/store';
import { findFusionPartner } from '../../../app/findFusionPartner';
import { useBurden } from '../model/burdenState';
import { useScores } from '../model/scoresState';
import type { ConfirmedScores } from '../model/scoresState';
import { proposeScore, referencesFor, scoreSchemeFor } from '../model/lesionScores';
import type { References, ScoreScheme } from '../model/lesionScores';
import { displayedPet } from '../service/displayedPet';
import { petInfoOf } from '../service/petInfo';
import { refreshReferences, setReferenceCenter } from '../service/petReferences';
import { proposeReferences } from '../service/proposeReferences';
import type { HypoxiaOutcome, PetReferenceKind, PetReferenceOutcome } from '../worker/referenceOps';

type Mm = readonly [number, number, number];

const petUid = (): string => {
  const uid = useBurden.getState().seriesUID ?? displayedPet(appStore.getState());
  if (!uid) throw new Error('no PET series displayed');
  return uid;
};
const schemeNow = (uid: string): { scheme: ScoreScheme; tracer: string | null } => {
  const info = petInfoOf(uid);
  return { scheme: scoreSchemeFor(info?.family ?? null, info?.tracer.name ?? null), tracer: info?.tracer.name ?? null };
};
const hypoxiaRef = (s: ScoreScheme) => (s === 'hypoxia-blood' ? 'blood' : s === 'hypoxia-muscle' ? 'muscle' : null);

/** One lesion's score line: Caliper's proposal (with the numbers compared and the rule) and the reader's confirmation. */
export interface LesionScoreJson {
  readonly id: number;
  readonly suvMax: number;
  readonly scheme: ScoreScheme;
  readonly proposed: number | null;
  readonly reason: string;
  readonly rule: string;
  readonly missing: readonly string[];
  readonly confirmed: ConfirmedScores;
}

/**
 * `window.caliper.burden.scores` (docs/api.md): the reference regions of the whole-body reading and
 * the per-lesion Deauville / miPSMA proposals and confirmations, and FMISO/FAZA hypoxia, as the
 * panel shows them. Values in SUVbw; centres in patient LPS mm.
 */
export const scoresApi = {
  /** Places (or moves) a reference region and measures every placed region; resolves to the measurements. */
  async place(kind: PetReferenceKind, centerMm: Mm): Promise<Partial<Record<PetReferenceKind, PetReferenceOutcome>>> {
    const uid = petUid();
    setReferenceCenter(kind, centerMm, 'click');
    await refreshReferences(uid, hypoxiaRef(schemeNow(uid).scheme));
    return useScores.getState().measured;
  },
  /** Caliper's proposed positions for the tracer's regions (placed, for the reader to check); resolves to the kinds placed. */
  async propose(): Promise<PetReferenceKind[]> {
    const uid = petUid();
    const { scheme, tracer } = schemeNow(uid);
    const s = appStore.getState();
    const ct = s.series[uid] ? findFusionPartner(s.series[uid], Object.values(s.series)) : undefined;
    const placed = await proposeReferences(uid, ct?.seriesInstanceUID ?? null, referencesFor(scheme, tracer));
    await refreshReferences(uid, hypoxiaRef(scheme));
    return placed;
  },
  /** The last measurement of every placed region (or its refusal with the reason). */
  references: (): Partial<Record<PetReferenceKind, PetReferenceOutcome>> => useScores.getState().measured,
  /** Per kept lesion of the result: the proposal and the confirmation (empty without a result or for a tracer without a visual score). */
  lesions(): LesionScoreJson[] {
    const b = useBurden.getState();
    if (!b.result || !b.seriesUID) return [];
    const { scheme, tracer } = schemeNow(b.seriesUID);
    const refs: References = {};
    for (const [k, o] of Object.entries(useScores.getState().measured)) if (o?.ok) refs[k as PetReferenceKind] = o.value;
    return b.result.lesions.filter((l) => !b.removed.includes(l.id)).map((l) => {
      const p = proposeScore(l, scheme, refs, tracer);
      return { id: l.id, suvMax: l.suvMax, scheme, proposed: p?.score ?? null, reason: p?.reason ?? '', rule: p?.rule ?? '', missing: p?.missing ?? [], confirmed: useScores.getState().confirmed[l.id] ?? {} };
    });
  },
  /** The reader's score of lesion `id` (Deauville 1–5, miPSMA 0–3); false when no such kept lesion or the value is out of range. */
  confirm(id: number, scores: ConfirmedScores): boolean {
    const b = useBurden.getState();
    if (!b.result?.lesions.some((l) => l.id === id) || b.removed.includes(id)) return false;
    if (scores.deauville !== undefined && ![1, 2, 3, 4, 5].includes(scores.deauville)) return false;
    if (scores.mipsma !== undefined && ![0, 1, 2, 3].includes(scores.mipsma)) return false;
    const s = useScores.getState();
    s.set({ confirmed: { ...s.confirmed, [id]: { ...s.confirmed[id], ...scores } } });
    return true;
  },
  /** FMISO/FAZA hypoxia per kept lesion at the current ratio thresholds (re-measured first). */
  async hypoxia(thresholds?: { fmisoTb?: number; fazaTm?: number }): Promise<readonly HypoxiaOutcome[]> {
    const uid = petUid();
    const s = useScores.getState();
    if (thresholds) s.set({ hypoxia: { ...s.hypoxia, ...thresholds } });
    await refreshReferences(uid, hypoxiaRef(schemeNow(uid).scheme));
    return useScores.getState().hypoxiaResults;
  },
};
