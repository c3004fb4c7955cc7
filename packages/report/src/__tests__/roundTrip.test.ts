import { describe, expect, it } from 'vitest';
import { exportReading } from '../exportReading';
import { importReading } from '../importReading';
import { decodeLabelmap } from '../seg/decodeLabelmap';
import { CT_SERIES, syntheticContext, syntheticReading } from '../fixtures/syntheticReading';
import type { Lesion, LesionGeometry } from '../model/schema';

const reading = syntheticReading();
const exported = exportReading(reading, syntheticContext());
const seg = reading.segmentations[0];
const imported = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, {
  target: (series) => (series === CT_SERIES ? { grid: seg.grid, sliceSopInstanceUIDs: seg.sliceSopInstanceUIDs } : undefined),
});

/** SCOORD3D GraphicData is FL: coordinates come back at float32 precision. */
const f32 = (v: number) => Math.fround(v);
function geometryAtFloat32(g: LesionGeometry): unknown {
  return JSON.parse(JSON.stringify(g), (_k, v) => (typeof v === 'number' && !Number.isInteger(v) ? f32(v) : v));
}

describe('SR + SEG round trip', () => {
  it('exports without warnings', () => {
    expect(exported.warnings).toEqual([]);
    expect(exported.segs).toHaveLength(1);
  });

  it('imports every lesion and nothing is skipped', () => {
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.skipped).toEqual([]);
    expect(imported.value.notes).toEqual([]);
    expect(imported.value.reading.lesions.map((l) => l.id)).toEqual(reading.lesions.map((l) => l.id));
  });

  for (const original of reading.lesions) {
    it(`lesion "${original.name}": every measurement value, unit, name and method is exact`, () => {
      if (!imported.ok) throw new Error(imported.error);
      const back = imported.value.reading.lesions.find((l) => l.id === original.id) as Lesion;
      expect(back.measurements).toEqual(original.measurements);
      expect(back.name).toBe(original.name);
      expect(back.trackingUid).toBe(original.trackingUid);
      expect(back.role).toBe(original.role);
      expect(back.isLymphNode).toBe(original.isLymphNode);
      expect(back.locationLabel).toBe(original.locationLabel);
      expect(back.tool).toBe(original.tool);
      expect(back.references).toEqual(original.references);
    });

    it(`lesion "${original.name}": geometry equal at SCOORD3D (float32) precision`, () => {
      if (!imported.ok) throw new Error(imported.error);
      const back = imported.value.reading.lesions.find((l) => l.id === original.id) as Lesion;
      if (original.geometry.kind === 'segment') {
        const segId = imported.value.reading.segmentations[0].id;
        expect(back.geometry).toEqual({ ...original.geometry, segmentationId: segId });
      } else {
        expect(geometryAtFloat32(back.geometry)).toEqual(geometryAtFloat32(original.geometry));
      }
    });
  }

  it('segmentation: labelmap, segments and grid come back identical', () => {
    if (!imported.ok) throw new Error(imported.error);
    const back = imported.value.reading.segmentations[0];
    expect(back.id).toBe(exported.segs[0].ref.sopInstanceUID);
    const n = seg.grid.dimensions[0] * seg.grid.dimensions[1] * seg.grid.dimensions[2];
    const a = decodeLabelmap(seg.labelmap, n), b = decodeLabelmap(back.labelmap, n);
    if (!a.ok || !b.ok) throw new Error('decode failed');
    expect(Array.from(b.value)).toEqual(Array.from(a.value));
    expect(back.segments).toEqual(seg.segments);
    expect(back.grid).toEqual(seg.grid);
    expect(back.reference).toEqual(seg.reference);
    expect(back.frameOfReferenceUID).toBe(seg.frameOfReferenceUID);
  });
});
