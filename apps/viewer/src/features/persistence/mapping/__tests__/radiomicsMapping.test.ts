import { describe, expect, it } from 'vitest';
import type { LesionRadiomics } from '@caliper/report';
import { CURRENT_SCHEMA_VERSION, parseReading } from '@caliper/report';
import { fromReading } from '../fromReading';
import { toReading } from '../toReading';
import { radiomicsFromReading } from '../radiomicsMapping';
import { CT, STUDY, lesions, lookup } from './fixtures';

const record: LesionRadiomics = {
  seriesInstanceUID: CT, unit: 'HU', modality: 'CT', settings: { name: 'A', approach: '2D' }, caliperVersion: '0.1.0', computedAt: '2026-12-07T02:30:00.000Z',
  roi: { morphologicalVoxels: 7, intensityVoxels: 7 },
  features: [
    { key: 'RNU0', name: 'Volume (mesh)', family: 'morphology', value: 3.5, unit: 'mm3' },
    // As read back from an SR: no family.
    { key: '8ZQL.2D:AVG', name: 'Angular second moment', aggregation: '2D, averaged', value: null, unit: '1' },
  ],
};

describe('radiomics in the reading', () => {
  const ls = lesions();
  const mask = ls.find((l) => l.shape.kind === 'mask')!;
  const other = ls.find((l) => l !== mask)!;
  const input = { studyInstanceUID: STUDY, lesions: ls, results: {}, series: lookup, createdAt: '2026-12-07T00:00:00Z', now: '2026-12-07T00:00:01Z' };

  it('saves a lesion’s features only for the shape version they were computed for; the reading validates (v4)', () => {
    const { reading } = toReading({ ...input, radiomics: { [mask.id]: { lesionVersion: mask.version, record }, [other.id]: { lesionVersion: other.version - 1, record } } });
    expect(reading.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(reading.lesions.find((l) => l.name === mask.name)?.radiomics).toEqual(record);
    expect(reading.lesions.find((l) => l.name === other.name)?.radiomics).toBeUndefined();
    expect(parseReading(JSON.parse(JSON.stringify({ ...reading, segmentations: [] }))).ok).toBe(true);
  });

  it('restores them for the restored lesion’s new version, families filled from the IBSI catalogue', () => {
    const { reading } = toReading({ ...input, radiomics: { [mask.id]: { lesionVersion: mask.version, record } } });
    let v = 100;
    const restored = fromReading(reading, lookup, () => ++v).lesions;
    const back = radiomicsFromReading(reading, restored);
    const r = restored.find((l) => l.id === Object.keys(back)[0])!;
    expect(Object.keys(back)).toHaveLength(1);
    expect(back[r.id].lesionVersion).toBe(r.version);
    expect(back[r.id].record.features.map((f) => f.family)).toEqual(['morphology', 'GLCM']);
    expect(back[r.id].record.features[1].value).toBeNull();
  });
});
