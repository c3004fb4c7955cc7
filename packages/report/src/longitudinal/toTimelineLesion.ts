import type { TimelineLesion } from '@caliper/response';
import type { Lesion, StoredMeasurement } from '../model/schema';

type Unit = StoredMeasurement['unit'];

/** The first stored value of that canonical name (see sr/measurementConcept) in one of those units. */
const valueOf = (l: Lesion, name: string, units: readonly Unit[]): StoredMeasurement | undefined =>
  l.measurements.find((m) => m.name === name && units.includes(m.unit));

/**
 * One lesion at one timepoint in @caliper/response's terms, from its stored measurements:
 * Long axis (else a single Length) → longMm, Short axis → shortMm, Viable long axis → viableLongMm
 * (mRECIST), Mean [HU] → meanHu, Volume → volumeMl, SULpeak → sulPeak, SUVmax [SUVbw] → suvMax.
 * Status defaults to 'measured'; `increased` is given only when true (as parseTimeline keeps it).
 */
export function toTimelineLesion(id: string, l: Lesion): TimelineLesion {
  const out: TimelineLesion = { id, role: l.role, ...(l.organ !== undefined ? { organ: l.organ } : {}), nodal: l.isLymphNode, status: l.status ?? 'measured' };
  const set = (key: keyof TimelineLesion, m: StoredMeasurement | undefined, scale = 1) => {
    if (m !== undefined) (out as unknown as Record<string, number>)[key] = m.value * scale;
  };
  set('longMm', valueOf(l, 'Long axis', ['mm']) ?? valueOf(l, 'Length', ['mm']));
  set('shortMm', valueOf(l, 'Short axis', ['mm']));
  set('viableLongMm', valueOf(l, 'Viable long axis', ['mm']));
  set('meanHu', valueOf(l, 'Mean', ['HU']));
  const volume = valueOf(l, 'Volume', ['mL', 'mm3']);
  set('volumeMl', volume, volume?.unit === 'mm3' ? 1e-3 : 1);
  set('sulPeak', valueOf(l, 'SULpeak', ['SUL']));
  set('suvMax', valueOf(l, 'SUVmax', ['SUVbw']));
  if (l.deauville !== undefined) out.deauville = l.deauville;
  if (l.increased === true) out.increased = true;
  return out;
}
