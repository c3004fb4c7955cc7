import type { Migration } from '../migration';

/**
 * v1 (first autosave format) → v2.
 * v1 kept measurements as a name-keyed object, a `target` boolean, a free `location` string and
 * SUV inputs as an object keyed by series UID. v2 keeps measurements as an ordered array (two
 * values may share a name with different methods), says target/non-target and lymph node
 * explicitly, and lists SUV corrections per series.
 */
export const v1ToV2: Migration = {
  from: 1,
  to: 2,
  migrate(v1) {
    const lesions = asArray(v1.lesions).map((l) => {
      const { measurements, target, location, ...rest } = asRecord(l);
      const list = Object.entries(asRecord(measurements)).map(([name, m]) => ({ name, ...asRecord(m) }));
      const lesion: Record<string, unknown> = { ...rest, role: target === false ? 'non-target' : 'target', isLymphNode: false, measurements: list };
      if (typeof location === 'string' && location !== '') lesion.locationLabel = location;
      return lesion;
    });
    const suvCorrections = Object.entries(asRecord(v1.suvInputs)).map(([seriesInstanceUID, s]) => {
      const { weightKg, doseBq, injectionTime } = asRecord(s);
      const c: Record<string, unknown> = { seriesInstanceUID };
      if (weightKg !== undefined) c.weightKg = weightKg;
      if (doseBq !== undefined) c.injectedDoseBq = doseBq;
      if (injectionTime !== undefined) c.injectionDateTime = injectionTime;
      return c;
    });
    const { suvInputs: _drop, ...rest } = v1;
    return { ...rest, schemaVersion: 2, lesions, suvCorrections };
  },
};

function asRecord(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
