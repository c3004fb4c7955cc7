import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { BURDEN_METHODS } from '@caliper/engine/burden/types';
import type { BurdenMethod } from '@caliper/engine';
import { useApp } from '../../../app/store';
import { viewportsFor } from '../../../viewports/ids';
import { suvUnavailableReason } from '../../../viewports/suvRegistry';
import { useBurden } from '../model/burdenState';
import { burdenReport } from '../model/burdenReport';
import { defaultBurdenMethod, METHOD_INFO } from '../model/defaultMethod';
import { displayedPet } from '../service/displayedPet';
import { petInfoOf } from '../service/petInfo';
import type { PetInfo } from '../service/petInfo';
import { pickPoint } from '../service/pickPoint';
import { mergeBurdenLesions, restoreBurdenLesions, runWholeBody } from '../service/runWholeBody';
import { redoBurdenEdit, undoBurdenEdit } from '../service/burdenEdits';
import { BurdenEditBar } from './BurdenEditBar';
import { BurdenLesionTable } from './BurdenLesionTable';
import { BurdenOutlines } from './BurdenOutlines';
import { BurdenTotals } from './BurdenTotals';
import { LesionScores, ReferenceRegions } from './ReferenceScores';
import { DicomText } from '../../../app/text/DicomText';
import { findFusionPartner } from '../../../app/findFusionPartner';
import { fmt } from './format';

const NEEDS_LIVER: readonly BurdenMethod[] = ['percist', 'psma-liver'];

/** The tracer line: name, nuclide, header half-life, and every warning visibly. */
function TracerLine({ info }: { info: PetInfo | null }) {
  if (!info) return <p className="muted small">Tracer: header not loaded yet.</p>;
  const t = info.tracer;
  return (
    <>
      <p className="tracer" data-tracer={t.name ?? ''} title={t.code ? `${t.code.scheme} ${t.code.value} ${t.code.meaning}` : 'no radiopharmaceutical code in the header'}>
        Tracer <b>{t.name ?? 'unknown'}</b> · {t.nuclide ?? 'nuclide unknown'} · T½ {t.halfLifeS !== null ? `${t.halfLifeS} s` : 'not in header'}
        {!info.known && <span className="muted"> (not recognised: read as FDG)</span>}
      </p>
      {t.warnings.map((w) => <p key={w} className="warn small" role="alert">⚠ {w}</p>)}
    </>
  );
}

/** Sidebar panel "Whole-body PET": tracer, method, exclusion, liver reference, one-button segmentation, lesions and totals. */
export function BurdenPanel() {
  const uid = useApp(displayedPet);
  const suvError = useApp((s) => (uid ? s.suv[uid]?.error : undefined)) ?? (uid ? suvUnavailableReason(uid) : undefined);
  const layout = useApp((s) => s.layout);
  const liverLesions = useApp(useShallow((s) => s.lesions.filter((l) => l.referenceRegion === 'liver' && uid && l.seriesUIDs.includes(uid)).map((l) => l.id)));
  const lesionsById = useApp((s) => s.lesions);
  // The study's CT (same frame of reference) helps Caliper propose reference positions.
  const ctUid = useApp((s) => {
    const se = uid ? s.series[uid] : undefined;
    const ct = se ? findFusionPartner(se, Object.values(s.series)) : undefined;
    return ct && (!se?.frameOfReferenceUID || ct.frameOfReferenceUID === se.frameOfReferenceUID) ? ct.seriesInstanceUID : null;
  });
  const st = useBurden();
  const [info, setInfo] = useState<PetInfo | null>(null);
  // The header is parsed when the series' images load: look again when the volume's SUV state arrives.
  const suvKnown = useApp((s) => (uid ? !!s.suv[uid] : false));
  useEffect(() => {
    const look = () => (uid ? petInfoOf(uid) : null);
    setInfo(look());
    if (!uid) return;
    // Until the series' headers are read (on open), look again.
    const timer = setInterval(() => {
      const i = look();
      if (i) {
        setInfo(i);
        clearInterval(timer);
      }
    }, 500);
    return () => clearInterval(timer);
  }, [uid, suvKnown]);
  if (!uid) return null;
  const method = st.method ?? defaultBurdenMethod(info?.family ?? null);
  const psma = info?.family === 'PSMA' || method.startsWith('psma-');
  const result = st.seriesUID === uid ? st.result : null;
  const report = result ? burdenReport(result, st.removed, info?.tracer ?? null, info?.label ?? uid, st.merged) : null;
  const needsLiver = NEEDS_LIVER.includes(method) && !st.liver;
  const refusal = suvError ? `SUV cannot be computed: ${suvError}` : null;
  const pick = async (what: 'liver' | 'blood') => {
    st.set({ picking: what });
    const p = await pickPoint();
    useBurden.getState().set({ picking: null, ...(p ? (what === 'liver' ? { liver: { centerMm: p, source: 'click' as const } } : { blood: p }) : {}) });
  };
  return (
    <section className="burden-panel" aria-label="Whole-body PET" onKeyDown={(e) => {
      // Ctrl+Z / Ctrl+Y inside the panel undo burden edits (not the measure tools' global undo).
      const t = e.target as HTMLInputElement;
      if (!(e.ctrlKey || e.metaKey) || (t.tagName === 'INPUT' && (t.type === 'text' || t.type === 'number'))) return;
      const k = e.key.toLowerCase();
      const done = k === 'z' && !e.shiftKey ? undoBurdenEdit() : k === 'y' || (k === 'z' && e.shiftKey) ? redoBurdenEdit() : null;
      if (done === null) return;
      e.preventDefault();
      e.stopPropagation();
    }}>
      <h2>Whole-body PET</h2>
      <TracerLine info={info} />
      {refusal && <p className="err small" role="alert">{refusal}: enter the missing value in the SUV form (Measure panel).</p>}
      <div className="row">
        <label title={METHOD_INFO[method].rule}>
          Method{' '}
          <select aria-label="Burden method" value={method} onChange={(e) => st.set({ method: e.target.value as BurdenMethod })}>
            {BURDEN_METHODS.map((m) => (
              <option key={m} value={m} title={METHOD_INFO[m].rule}>{METHOD_INFO[m].label}{m === defaultBurdenMethod(info?.family ?? null) ? ' (tracer default)' : ''}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="row small">
        <label title={`Automatic exclusion of physiological uptake: brain, kidneys, bladder${psma ? ', liver, spleen, salivary glands (PSMA)' : ''} (docs/burden.md)`}>
          <input type="checkbox" aria-label="Exclude physiological uptake" checked={st.excludeAuto} onChange={(e) => st.set({ excludeAuto: e.target.checked })} /> exclude physiological uptake (auto)
        </label>
        <label title="Lesions smaller than this are dropped">
          min <input type="number" aria-label="Minimum lesion volume" min={0} step={0.1} value={st.minVolumeMl} onChange={(e) => st.set({ minVolumeMl: Math.max(0, Number(e.target.value) || 0) })} /> mL
        </label>
      </div>
      <div className="row small">
        <span title="PERCIST 1.0: 3 cm sphere in the right liver lobe; feeds the percist and psma-liver thresholds">Liver</span>
        <button className={st.picking === 'liver' ? 'on' : ''} aria-label="Place the liver reference" onClick={() => void pick('liver')} title="Then click the centre of the liver sphere on the image (Esc cancels)">
          {st.picking === 'liver' ? 'Click the liver…' : 'Place by click'}
        </button>
        {liverLesions.map((id) => {
          const l = lesionsById.find((x) => x.id === id)!;
          return (
            <button key={id} title="Use the centre of the lesion marked as liver reference" onClick={() => st.set({ liver: { centerMm: [l.focusMm[0], l.focusMm[1], l.focusMm[2]], source: 'lesion', lesionId: id } })}>
              Use <DicomText value={l.name} max={24} />
            </button>
          );
        })}
        {st.liver && (
          <span data-liver-center={st.liver.centerMm.join(',')}>
            at ({st.liver.centerMm.map((x) => x.toFixed(0)).join(', ')}) mm <button className="remove" aria-label="clear liver reference" onClick={() => st.set({ liver: null })}>×</button>
          </span>
        )}
      </div>
      <div className="row small">
        <span title="PERCIST 1.0: 1 cm × 2 cm cylinder in the descending aorta (mediastinal blood pool)">Blood pool</span>
        <button className={st.picking === 'blood' ? 'on' : ''} aria-label="Place the blood-pool reference" onClick={() => void pick('blood')} title="Then click the centre of the cylinder in the descending aorta (Esc cancels)">
          {st.picking === 'blood' ? 'Click the aorta…' : 'Place by click'}
        </button>
        {st.blood && (
          <span data-blood-center={st.blood.join(',')}>
            at ({st.blood.map((x) => x.toFixed(0)).join(', ')}) mm <button className="remove" aria-label="clear blood-pool reference" onClick={() => st.set({ blood: null })}>×</button>
          </span>
        )}
      </div>
      <ReferenceRegions uid={uid} info={info} ctUid={ctUid} />
      {result && result.reference.mediastinumSuvMean !== null && (
        <p className="small" data-blood-mean={result.reference.mediastinumSuvMean}>Blood pool SUVbw {fmt(result.reference.mediastinumSuvMean, 2)} (mean)</p>
      )}
      {result?.reference.liver && (
        <p className="small" data-liver-mean={result.reference.liver.mean}>
          Liver SUVbw {fmt(result.reference.liver.mean, 2)} ± {fmt(result.reference.liver.sd, 2)} (CV {fmt(result.reference.liver.cv, 2)})
          {result.reference.liverSulMean !== null ? ` · SUL ${fmt(result.reference.liverSulMean, 2)} ± ${fmt(result.reference.liverSulSd, 2)}` : ' · SUL — (height or sex missing)'}
        </p>
      )}
      <div className="row">
        <button className="primary" data-burden-run disabled={!!refusal || !!st.phase || needsLiver} onClick={() => void runWholeBody(uid, { method })}
          title={needsLiver ? `${method} needs the liver reference: place it first` : METHOD_INFO[method].rule}>
          Segment whole body
        </button>
        {st.phase && <><progress aria-label="Burden progress" /> <span className="small muted">{st.phase}</span></>}
      </div>
      {st.error && <p className="err small" role="alert">{st.error}</p>}
      {report && result && (
        <div data-burden-result={report.method}>
          <p className="small muted" title={result.notes.join('\n')}>
            {METHOD_INFO[report.method].label}: threshold {fmt(report.thresholdSuv, 2)} SUVbw · exclusion {report.exclusion.source}
            {report.exclusion.source === 'auto' ? ` (${report.exclusion.organs.length ? report.exclusion.organs.join(', ') : 'no organ found'})` : ''} · {fmt(result.computeMs, 0)} ms
          </p>
          <BurdenTotals totals={report.totals} psma={psma} method={report.method} />
          <BurdenEditBar result={result} />
          <BurdenLesionTable lesions={report.lesions} order={result.lesions.map((l) => l.id)} />
          <LesionScores info={info} lesions={report.lesions} />
          {st.selected.length >= 2 && (
            <p className="row small"><button onClick={() => mergeBurdenLesions(st.selected)} title="The ticked lesions become one lesion (volumes and TLG add; SUVmax/peak the largest)">Merge {st.selected.map((id) => `#${id}`).join(' + ')}</button></p>
          )}
          {st.merged.length > 0 && <p className="small muted">Merged: {st.merged.map((g) => g.map((id) => `#${id}`).join('+')).join(', ')}</p>}
          {st.removed.length > 0 && (
            <p className="small muted">Removed: {st.removed.map((id) => `#${id}`).join(', ')} <button className="remove" title="Bring the removed lesions back" onClick={() => restoreBurdenLesions()}>restore</button></p>
          )}
        </div>
      )}
      {viewportsFor(layout).map((v) => <BurdenOutlines key={`${layout}:${v.id}`} viewportId={v.id} kind={v.kind} />)}
    </section>
  );
}
