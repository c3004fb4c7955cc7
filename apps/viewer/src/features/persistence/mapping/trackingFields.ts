import type { Lesion as ReportLesion, StoredMeasurement } from '@caliper/report';
import type { Lesion as MeasureLesion, LesionTracking } from '../../measure/model/lesion';

type LongitudinalFields = Pick<ReportLesion, 'trackingUid' | 'role' | 'isLymphNode' | 'trackingIdentifier' | 'status' | 'organ' | 'increased' | 'deauville' | 'referenceRegion' | 'remeasure'>;

/** Measurement name of the reader's mRECIST viable diameter (timelineFromReadings reads it back). */
export const VIABLE_LONG_AXIS = 'Viable long axis';

/**
 * A measure lesion's longitudinal identity as saved (schema v3): the Tracking UID shared across
 * timepoints (default: derived from the lesion id, as before v3), label, role incl. 'new', status,
 * organ, node, Deauville, reference region, and how to re-measure it (grow seed and bounds).
 */
export function trackingToReading(l: MeasureLesion, defaultUid: string): LongitudinalFields {
  const t = l.tracking;
  const out: LongitudinalFields = { trackingUid: t?.uid ?? defaultUid, role: t?.role ?? l.role, isLymphNode: t?.nodal ?? false };
  if (t?.label) out.trackingIdentifier = t.label.slice(0, 64);
  if (t && t.status !== 'measured') out.status = t.status;
  if (t?.organ) out.organ = t.organ.slice(0, 64);
  if (t?.increased) out.increased = true;
  if (t?.deauville !== undefined) out.deauville = t.deauville;
  if (l.referenceRegion) out.referenceRegion = l.referenceRegion;
  if (l.growParams) {
    const { seedMm, lower, upper, auto } = l.growParams;
    // An open upper bound (PET grow: +∞) is not JSON: left out, read back as +∞.
    out.remeasure = { tool: 'grow', params: { seedX: seedMm[0], seedY: seedMm[1], seedZ: seedMm[2], lower, ...(Number.isFinite(upper) ? { upper } : {}), ...(auto ? { boundsRule: 'local' } : {}) } };
  }
  return out;
}

/** The reader's viable diameter as a stored measurement (mRECIST). */
export function viableMeasurement(l: MeasureLesion): StoredMeasurement[] {
  const v = l.tracking?.viableLongMm;
  return v === undefined ? [] : [{ name: VIABLE_LONG_AXIS, value: v, unit: 'mm', method: 'mRECIST viable (arterially enhancing) diameter entered by the reader' }];
}

/** Back from a saved lesion: tracking, reference region and grow parameters of the measure lesion. */
export function trackingFromReading(l: ReportLesion): Pick<MeasureLesion, 'role' | 'tracking' | 'referenceRegion' | 'growParams'> {
  const viable = l.measurements.find((m) => m.name === VIABLE_LONG_AXIS && m.unit === 'mm');
  const tracking: LesionTracking = {
    uid: l.trackingUid, label: l.trackingIdentifier ?? l.name, role: l.role, nodal: l.isLymphNode, status: l.status ?? 'measured',
    ...(l.organ ? { organ: l.organ } : {}), ...(l.increased ? { increased: true } : {}), ...(l.deauville !== undefined ? { deauville: l.deauville } : {}),
    ...(viable ? { viableLongMm: viable.value } : {}),
  };
  const p = l.remeasure?.tool === 'grow' ? l.remeasure.params : undefined;
  const num = (k: string): number | undefined => (typeof p?.[k] === 'number' ? (p[k] as number) : undefined);
  const seed = [num('seedX'), num('seedY'), num('seedZ')];
  const lower = num('lower');
  const growParams = seed.every((x) => x !== undefined) && lower !== undefined
    ? { seedMm: seed as unknown as readonly [number, number, number], lower, upper: num('upper') ?? Number.POSITIVE_INFINITY, ...(p?.boundsRule === 'local' ? { auto: true } : {}) }
    : undefined;
  return {
    role: l.role === 'new' ? 'non-target' : l.role,
    tracking,
    ...(l.referenceRegion ? { referenceRegion: l.referenceRegion } : {}),
    ...(growParams ? { growParams } : {}),
  };
}
