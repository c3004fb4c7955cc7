import { useEffect } from 'react';
import type { BurdenLesion } from '@caliper/engine';
import { useBurden } from '../model/burdenState';
import { useScores } from '../model/scoresState';
import type { ConfirmedScores } from '../model/scoresState';
import { proposeScore, referencesFor, scoreSchemeFor } from '../model/lesionScores';
import type { References, ScoreScheme } from '../model/lesionScores';
import type { PetInfo } from '../service/petInfo';
import { placeReference, refreshReferences } from '../service/petReferences';
import { proposeReferences } from '../service/proposeReferences';
import { jumpToCentroid } from '../service/jumpToCentroid';
import type { PetReferenceKind } from '../worker/referenceOps';
import { fmt } from './format';

const LABEL: Record<PetReferenceKind, string> = { liver: 'Liver', blood: 'Blood pool', parotid: 'Parotid', spleen: 'Spleen', muscle: 'Muscle' };
const WHERE: Record<PetReferenceKind, string> = {
  liver: '3 cm sphere in the right liver lobe, away from vessels and lesions (PERCIST 1.0)',
  blood: 'PERCIST 1 × 2 cm cylinder in the descending thoracic aorta (mediastinal blood pool)',
  parotid: '15 mm sphere in a parotid gland (PROMISE miPSMA)',
  spleen: '20 mm sphere in the spleen (PROMISE V2: replaces the liver for PSMA-1007)',
  muscle: '20 mm sphere in skeletal muscle, e.g. paraspinal or gluteal (FAZA tumour-to-muscle)',
};
const SCHEME_TITLE: Record<Exclude<ScoreScheme, null>, string> = {
  deauville: 'Deauville 5-point score (Lugano)',
  mipsma: 'miPSMA expression score (PROMISE)',
  'hypoxia-blood': 'Hypoxia: FMISO tumour-to-blood',
  'hypoxia-muscle': 'Hypoxia: FAZA tumour-to-muscle',
};

/** One reference region row: what was measured (SUVbw mean ± SD, max) or why not, and a button to place it with one click. */
function ReferenceRow({ kind }: { kind: PetReferenceKind }) {
  const outcome = useScores((s) => s.measured[kind]);
  const busy = useScores((s) => s.busy === `place-${kind}`);
  const proposed = useScores((s) => (kind === 'liver' || kind === 'blood' ? false : s.references[kind]?.source === 'proposed'));
  const v = outcome?.ok ? outcome.value : null;
  const text = v ? `${fmt(v.mean, 2)} ± ${fmt(v.sd, 2)}${v.max !== null ? ` · max ${fmt(v.max, 2)}` : ''}` : outcome && !outcome.ok ? 'refused' : 'not placed';
  const hover = v
    ? `${LABEL[kind]}: ${v.shape} at (${v.centerMm.map((x) => x.toFixed(1)).join(', ')}) mm LPS, ${v.voxelCount} voxels; SUVbw mean ± population SD${v.max !== null ? ', max' : ''}; CV ${fmt(v.cv, 2)}${proposed ? ' (position proposed by Caliper)' : ''}. Click the value to jump there.`
    : outcome && !outcome.ok ? outcome.error : WHERE[kind];
  return (
    <tr data-reference={kind} title={hover}>
      <td>{LABEL[kind]}</td>
      <td className={outcome && !outcome.ok ? 'warn' : v ? '' : 'muted'} onClick={() => v && void jumpToCentroid([v.centerMm[0], v.centerMm[1], v.centerMm[2]])}>
        {text}{proposed && v ? ' *' : ''}
      </td>
      <td>
        {kind !== 'liver' && kind !== 'blood' && <button aria-label={`place ${LABEL[kind]} reference`} title={`Click here, then on the image: ${WHERE[kind]}. Esc cancels.`} aria-pressed={busy}
          onClick={() => void placeReference(kind)}>{busy ? 'click…' : v ? 'Move' : 'Place'}</button>}
      </td>
    </tr>
  );
}

const SCORE_OPTIONS: Record<'deauville' | 'mipsma', readonly number[]> = { deauville: [1, 2, 3, 4, 5], mipsma: [0, 1, 2, 3] };

/** Proposed score (reason on hover) and the reader's confirmation for each kept lesion. */
function ScoreRows({ lesions, scheme, refs, tracer }: { lesions: readonly BurdenLesion[]; scheme: 'deauville' | 'mipsma'; refs: References; tracer: string | null }) {
  const confirmed = useScores((s) => s.confirmed);
  const confirm = (id: number, value: string) => {
    const s = useScores.getState();
    const prev: ConfirmedScores = s.confirmed[id] ?? {};
    const next: ConfirmedScores = { ...prev, [scheme]: value === '' ? undefined : Number(value) };
    if (next[scheme] === undefined) delete (next as Record<string, unknown>)[scheme];
    s.set({ confirmed: { ...s.confirmed, [id]: next } });
  };
  return (
    <table aria-label={SCHEME_TITLE[scheme]}>
      <thead>
        <tr>
          <th>#</th>
          <th title="lesion SUVmax, SUVbw">max</th>
          <th title="Caliper's proposal from the reference regions (hover a value for the numbers compared)">proposed</th>
          <th title="The reader's score: saved with the reading and in the SR">confirmed</th>
        </tr>
      </thead>
      <tbody>
        {lesions.map((l) => {
          const p = proposeScore(l, scheme, refs, tracer);
          const c = confirmed[l.id]?.[scheme];
          return (
            <tr key={l.id} data-score-lesion={l.id}>
              <td>{l.id}</td>
              <td>{fmt(l.suvMax, 2)}</td>
              <td title={p ? `${p.reason}. Rule: ${p.rule}` : ''} data-proposed={p?.score ?? ''}>{p?.score ?? (p?.missing.length ? `needs ${p.missing.join(', ')}` : '—')}</td>
              <td>
                <select aria-label={`${scheme} of lesion ${l.id}`} value={c ?? ''} onChange={(e) => confirm(l.id, e.target.value)}
                  title={c === undefined && p?.score !== null && p?.score !== undefined ? `Not confirmed: choose ${p.score} to accept Caliper's proposal` : 'The reader confirms the score'}>
                  <option value="">—</option>
                  {SCORE_OPTIONS[scheme].map((o) => <option key={o} value={o}>{o}{o === p?.score ? ' (proposed)' : ''}</option>)}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** T/B or T/M ratios and hypoxic volume per lesion, with the stated, editable ratio threshold. */
function HypoxiaRows({ lesions, reference }: { lesions: readonly BurdenLesion[]; reference: 'blood' | 'muscle' }) {
  const results = useScores((s) => s.hypoxiaResults);
  const ratio = useScores((s) => (reference === 'blood' ? s.hypoxia.fmisoTb : s.hypoxia.fazaTm));
  const name = reference === 'blood' ? 'T/B' : 'T/M';
  const setRatio = (x: number) => {
    if (!(x > 0)) return;
    const s = useScores.getState();
    s.set({ hypoxia: reference === 'blood' ? { ...s.hypoxia, fmisoTb: x } : { ...s.hypoxia, fazaTm: x } });
  };
  return (
    <>
      <div className="row small">
        <label title={reference === 'blood' ? 'Hypoxic voxel: SUV ≥ ratio × blood-pool SUVmean (FMISO; Rajendran 2006: 1.2)' : 'Hypoxic voxel: SUV ≥ ratio × muscle SUVmean (FAZA; Mortensen 2012: 1.4)'}>
          Hypoxic when {name} ≥ <input type="number" step={0.05} min={0.5} value={ratio} aria-label={`${name} threshold`} onChange={(e) => setRatio(Number(e.target.value))} />
        </label>
      </div>
      <table aria-label={`Hypoxia ${name}`}>
        <thead>
          <tr>
            <th>#</th>
            <th title={`lesion SUVmax / ${reference === 'blood' ? 'blood-pool' : 'muscle'} SUVmean`}>{name}max</th>
            <th title={`lesion SUVmean / ${reference === 'blood' ? 'blood-pool' : 'muscle'} SUVmean`}>{name}mean</th>
            <th title={`hypoxic volume: lesion voxels with ${name} ≥ ${ratio}, mL`}>HV mL</th>
            <th title="hypoxic fraction of the lesion volume">HF %</th>
          </tr>
        </thead>
        <tbody>
          {lesions.map((l) => {
            const h = results.find((r) => r.id === l.id);
            const v = h?.ok ? h.value : null;
            return (
              <tr key={l.id} data-hypoxia-lesion={l.id} title={h && !h.ok ? h.error : v ? `threshold ${fmt(v.threshold.value, 2)} SUVbw = ${v.threshold.ratio} × ${fmt(v.reference.mean, 2)}` : `place the ${reference === 'blood' ? 'blood pool' : 'muscle'} reference`}>
                <td>{l.id}</td>
                <td>{fmt(v?.ratioMax, 2)}</td>
                <td>{fmt(v?.ratioMean, 2)}</td>
                <td>{fmt(v?.hypoxicVolumeMl, 2)}</td>
                <td>{v ? fmt(v.hypoxicFraction * 100, 0) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

const schemeOf = (info: PetInfo | null) => scoreSchemeFor(info?.family ?? null, info?.tracer.name ?? null);
const hypoxiaRefOf = (scheme: ScoreScheme) => (scheme === 'hypoxia-blood' ? 'blood' : scheme === 'hypoxia-muscle' ? 'muscle' : null);

/**
 * The reference regions the tracer's reading needs (issue 14), with their SUVbw mean ± SD and max,
 * each placed by the reader with one click (liver and blood pool by the rows above, which also feed
 * PERCIST and the liver-based methods) or proposed by Caliper from the PET and CT. Re-measures in
 * the worker whenever a region moves or the result changes.
 */
export function ReferenceRegions({ uid, info, ctUid }: { uid: string; info: PetInfo | null; ctUid: string | null }) {
  const tracer = info?.tracer.name ?? null;
  const scheme = schemeOf(info);
  const kinds = referencesFor(scheme, tracer);
  const note = useScores((s) => s.note);
  const proposing = useScores((s) => s.busy === 'propose');
  const liver = useBurden((s) => s.liver?.centerMm ?? s.result?.reference.liver?.centerMm ?? null);
  const blood = useBurden((s) => s.blood);
  const extra = useScores((s) => s.references);
  const hyp = useScores((s) => s.hypoxia);
  const result = useBurden((s) => s.result);
  const removed = useBurden((s) => s.removed);
  const hypoxiaRef = hypoxiaRefOf(scheme);
  const extraKey = JSON.stringify(Object.entries(extra).map(([k, v]) => [k, v?.centerMm]));
  useEffect(() => {
    void refreshReferences(uid, hypoxiaRef);
  }, [uid, hypoxiaRef, liver, blood, extraKey, hyp, result, removed]);
  return (
    <section className="reference-scores" aria-label="Reference regions">
      <div className="row small">
        <span title={scheme ? `Reference regions for the ${SCHEME_TITLE[scheme]}` : 'Reference regions'}>References{scheme ? ` (${SCHEME_TITLE[scheme]})` : ''}</span>
        <button onClick={() => void proposeReferences(uid, ctUid, kinds)} disabled={proposing}
          title={`Caliper proposes positions for ${kinds.map((k) => LABEL[k].toLowerCase()).join(', ')} from the PET${ctUid ? ' and the CT' : ''}; check them on the image (* marks a proposed region)`}>
          {proposing ? 'Proposing…' : 'Propose positions'}
        </button>
      </div>
      {note && <p className="warn small" role="status">{note}</p>}
      <table aria-label="Reference regions">
        <thead>
          <tr><th>region</th><th title="SUVbw mean ± population SD · max">SUVbw</th><th /></tr>
        </thead>
        <tbody>{kinds.map((k) => <ReferenceRow key={k} kind={k} />)}</tbody>
      </table>
    </section>
  );
}

/** Per kept lesion: the proposed Deauville or miPSMA score for the reader to confirm, or the FMISO/FAZA hypoxia ratios; nothing for other tracers. */
export function LesionScores({ info, lesions }: { info: PetInfo | null; lesions: readonly BurdenLesion[] }) {
  const measured = useScores((s) => s.measured);
  const scheme = schemeOf(info);
  const hypoxiaRef = hypoxiaRefOf(scheme);
  if (!lesions.length || !scheme) return null;
  const refs: References = {};
  for (const [k, o] of Object.entries(measured)) if (o?.ok) refs[k as PetReferenceKind] = o.value;
  return (
    <section className="lesion-scores" aria-label={SCHEME_TITLE[scheme]}>
      <h3 className="small">{SCHEME_TITLE[scheme]}</h3>
      {(scheme === 'deauville' || scheme === 'mipsma') && <ScoreRows lesions={lesions} scheme={scheme} refs={refs} tracer={info?.tracer.name ?? null} />}
      {hypoxiaRef && <HypoxiaRows lesions={lesions} reference={hypoxiaRef} />}
    </section>
  );
}
