import type { LesionStatus } from '@caliper/response';
import { useApp } from '../../../app/store';
import type { LesionTracking, ReferenceRegion } from '../../measure/model/lesion';
import { selectResponse } from '../model/selectResponse';
import { trackingOf } from '../model/trackingOf';
import { setTracking } from '../service/acceptProposal';
import { DicomText } from '../../../app/text/DicomText';

const ORGANS = ['liver', 'lung', 'lymph node', 'bone', 'adrenal', 'brain', 'kidney', 'spleen', 'pancreas', 'peritoneum', 'pleura', 'soft tissue', 'breast', 'other'];
const STATUS: Record<LesionTracking['role'], LesionStatus[]> = {
  target: ['measured', 'absent', 'too-small-to-measure', 'not-evaluable'],
  'non-target': ['measured', 'present', 'absent', 'unequivocal-progression', 'not-evaluable'],
  new: ['measured', 'present', 'absent', 'unequivocal-progression', 'not-evaluable'],
};

/** The selected lesion's tracking: label, role, organ, node, status at this timepoint, Deauville, link to a tracked lesion. */
export function TrackingEditor() {
  const lesion = useApp((s) => s.lesions.find((l) => l.id === s.selectedLesionId));
  const study = useApp((s) => (lesion ? s.series[lesion.seriesUIDs[0]]?.studyInstanceUID : undefined));
  const view = useApp(selectResponse);
  const run = useApp((s) => s.runCommand);
  if (!lesion) return <p className="muted small">Select a lesion to set its tracking (role, organ, status).</p>;
  const t = trackingOf(lesion);
  const set = (patch: Partial<LesionTracking>) => setTracking(lesion.id, patch);
  const links = (view?.built.rows ?? []).filter((r) => r.uid !== t.uid && !(study && r.cells[study]));
  const isFollowUp = !!view && !!study && view.studies.findIndex((x) => x.studyInstanceUID === study) > 0;
  return (
    <fieldset className="tracking-editor small" aria-label="Lesion tracking">
      <legend>Tracking: <DicomText value={lesion.name} /></legend>
      <label title="Tracking Identifier (shown in the SR and the response table)">Label <input value={t.label} onChange={(e) => set({ label: e.target.value })} style={{ width: 70 }} /></label>
      <label title="Targets and non-targets are chosen at baseline; a lesion first seen at a follow-up is new">
        Role{' '}
        <select value={t.role} onChange={(e) => set({ role: e.target.value as LesionTracking['role'], status: 'measured' })}>
          <option value="target">target</option><option value="non-target">non-target</option><option value="new">new</option>
        </select>
      </label>
      <label title="RECIST: at most 2 targets per organ (all lymph nodes count as one organ)">
        Organ <input list="caliper-organs" value={t.organ ?? ''} onChange={(e) => set({ organ: e.target.value || undefined })} style={{ width: 90 }} />
        <datalist id="caliper-organs">{ORGANS.map((o) => <option key={o} value={o} />)}</datalist>
      </label>
      <label title="Lymph node: its size is the short axis (target ≥ 15 mm, normal < 10 mm)">
        <input type="checkbox" checked={t.nodal} onChange={(e) => set({ nodal: e.target.checked, ...(e.target.checked && !t.organ ? { organ: 'lymph node' } : {}) })} /> node
      </label>
      <label title="Status at this timepoint">
        Status{' '}
        <select value={t.status} onChange={(e) => set({ status: e.target.value as LesionStatus, proposed: false })}>
          {STATUS[t.role].map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      {t.role !== 'target' && (
        <label title="Grew since the previous assessment (iRECIST confirmation)"><input type="checkbox" checked={!!t.increased} onChange={(e) => set({ increased: e.target.checked || undefined })} /> increased</label>
      )}
      <label title="Deauville 5-point score (Lugano): 1 no uptake … 3 ≤ liver, 4 > liver, 5 ≫ liver or new">
        Deauville{' '}
        <select value={t.deauville ?? ''} onChange={(e) => set({ deauville: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">–</option>{[1, 2, 3, 4, 5].map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
      </label>
      <label title="mRECIST: longest diameter of the arterially enhancing part (empty: the long axis)">
        Viable <input type="number" min={0} step={0.1} value={t.viableLongMm ?? ''} onChange={(e) => set({ viableLongMm: e.target.value === '' ? undefined : Math.max(0, Number(e.target.value)) })} /> mm
      </label>
      <label title="A reference region is measured but is not a lesion: liver (PERCIST SUL mean/SD) or mediastinal blood pool (Deauville)">
        Reference{' '}
        <select value={lesion.referenceRegion ?? ''} onChange={(e) => run({ type: 'updateLesion', id: lesion.id, patch: { referenceRegion: (e.target.value || undefined) as ReferenceRegion | undefined } })}>
          <option value="">lesion</option><option value="liver">liver reference</option><option value="mediastinum">mediastinal blood pool</option>
        </select>
      </label>
      {isFollowUp && links.length > 0 && (
        <label title="This is the same lesion as one tracked at an earlier timepoint">
          Same as{' '}
          <select value="" onChange={(e) => {
            const row = links.find((r) => r.uid === e.target.value);
            if (row) set({ uid: row.uid, label: row.id, role: row.role, nodal: row.nodal, organ: row.organ });
          }}>
            <option value="">…</option>{links.map((r) => <option key={r.uid} value={r.uid}>{r.id} ({r.role})</option>)}
          </select>
        </label>
      )}
    </fieldset>
  );
}
