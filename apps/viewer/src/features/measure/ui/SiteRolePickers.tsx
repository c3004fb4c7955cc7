import { FINDING_SITES, uuidToUid } from '@caliper/report';
import { stableUuid } from '../../persistence/mapping/stableUuid';
import { useApp } from '../../../app/store';
import type { Lesion, LesionTracking } from '../model/lesion';
import { setLesionLocked } from '../tools/lesionLocks';
import { rolePatch, sitePatch } from './lesionEdits';

export const roleOf = (l: Lesion): LesionTracking['role'] => l.tracking?.role ?? l.role;
const trackingUid = (l: Lesion) => l.tracking?.uid ?? uuidToUid(stableUuid(l.id));

/** Site (from the finding-site list) and role pickers: undoable edits of the lesion. */
export function SiteRolePickers({ l }: { l: Lesion }) {
  const run = useApp((s) => s.runCommand);
  const organ = l.tracking?.organ ?? '';
  const listed = FINDING_SITES.some((s) => s.organ === organ);
  return (
    <div className="lesion-pickers">
      <label>Site{' '}
        <select aria-label="lesion site" value={organ} title="Organ of the lesion (saved in the SR as a coded Finding Site, SNOMED CT)" onChange={(e) => run({ type: 'updateLesion', id: l.id, patch: sitePatch(l, e.target.value, trackingUid(l)) })}>
          <option value="">—</option>
          {!listed && organ && <option value={organ}>{organ}</option>}
          {FINDING_SITES.map((s) => <option key={s.organ} value={s.organ}>{s.organ}</option>)}
        </select>
      </label>
      {!l.referenceRegion && (
        <label>Role{' '}
          <select aria-label="RECIST role" value={roleOf(l)} title="Target / non-target (chosen at baseline) or new (first seen at a follow-up)"
            onChange={(e) => run({ type: 'updateLesion', id: l.id, patch: rolePatch(l, e.target.value as LesionTracking['role'], trackingUid(l)) })}>
            <option value="target">target</option>
            <option value="non-target">non-target</option>
            <option value="new">new</option>
          </select>
        </label>
      )}
      <label title="A locked lesion is moved or resized by no tool">
        <input type="checkbox" aria-label="lock lesion" checked={!!l.locked} onChange={(e) => setLesionLocked(l.id, e.target.checked)} /> Locked
      </label>
    </div>
  );
}
