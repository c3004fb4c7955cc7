import { describe, expect, it } from 'vitest';
import { importReading } from '@caliper/report';
import { foreignSr } from '../../../../../../../packages/report/src/fixtures/foreignSr';
import { stableUuid } from '../../mapping/stableUuid';
import { composeImport } from '../composeImport';

describe('composeImport: another tool’s SR whose tracking UIDs are not UUIDs', () => {
  const noGrid = { target: () => undefined };

  it('is refused whole by importReading, imported by composeImport with stable UUID ids', () => {
    const plain = importReading({ sr: foreignSr() }, noGrid);
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.error).toMatch(/Invalid UUID/);
    const r = composeImport({ sr: foreignSr() }, noGrid, stableUuid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.reading.lesions).toHaveLength(5);
    for (const l of r.value.reading.lesions) expect(l.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Same SR → same ids (a re-import replaces, not duplicates), except the group without any
    // tracking UID, to which the report package gives a random one.
    const again = composeImport({ sr: foreignSr() }, noGrid, stableUuid);
    const ids = again.ok ? again.value.reading.lesions.map((l) => l.id) : [];
    expect(r.value.reading.lesions.filter((l, i) => l.id === ids[i]).length).toBe(4);
    // What could not be read is listed with a reason.
    expect(r.value.skipped.length).toBeGreaterThanOrEqual(3);
    expect(r.value.skipped.every((s) => s.path.startsWith('SR') && s.reason.length > 0)).toBe(true);
  });
});
