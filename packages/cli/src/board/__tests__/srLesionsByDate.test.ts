import { describe, expect, it } from 'vitest';
import type { Geometry } from '@caliper/core';
import { patientPoint } from '@caliper/core';
import type { ImagePlane } from '@caliper/report';
import { exportReading } from '@caliper/report';
import { FOREIGN_SLICE, foreignSrDataset, writeWithDcmjs } from '@caliper/report/fixtures/foreignSr';
import { longitudinalContext, longitudinalReading } from '@caliper/report/fixtures/longitudinalReadings';
import { projectMeasurement } from '../projectMeasurement';
import { srLesionsByDate } from '../srLesionsByDate';

describe('srLesionsByDate', () => {
  it("Caliper's SRs: lesions by study date in SR order, reference regions left out, SCOORD3D axes kept", () => {
    const srs = [0, 1].map((t) => exportReading(longitudinalReading(t), longitudinalContext(t)).sr);
    const byDate = srLesionsByDate(srs);
    expect([...byDate.keys()]).toEqual(['2026-01-05', '2026-03-02']);
    const base = byDate.get('2026-01-05')!;
    expect(base.map((l) => l.trackingIdentifier)).toEqual(['T1', 'T2', 'NT1']); // no liver reference ROI
    expect(base[0].geometry).toMatchObject({ kind: 'recist', longAxis: [[0, 0, 20], [30, 0, 20]] });
  });

  it("another tool's 2D SCOORDs are placed with the image's geometry, then on the volume's slice", () => {
    const sr = writeWithDcmjs({ ...foreignSrDataset(), StudyDate: '20260105' });
    // The referenced image: 1 mm pixels at z = 6 mm, axial; the volume: 2 mm slices from z = 0.
    const plane: ImagePlane = { origin: patientPoint(0, 0, 6), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], spacing: [1, 1] };
    const lesions = srLesionsByDate([sr], (sop) => (sop === FOREIGN_SLICE ? plane : undefined)).get('2026-01-05')!;
    const bidirectional = lesions.find((l) => l.geometry.kind === 'recist')!;
    const grid: Geometry = { dimensions: [64, 64, 8], origin: patientPoint(0, 0, 0), rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [1, 1, 2] };
    // SCOORD (5, 5)–(5, 35): (0, 0) is the corner of the first pixel, so slice pixel (4.5, 4.5)–(4.5, 34.5).
    expect(projectMeasurement(bidirectional.geometry, grid)).toMatchObject({ k: 3, longMm: 30, lines: [{ axis: 'long', from: [4.5, 4.5], to: [4.5, 34.5] }, { axis: 'short' }] });
    expect(srLesionsByDate([sr]).get('2026-01-05')!.find((l) => l.geometry.kind === 'recist')).toBeUndefined(); // without the image's geometry: no coordinates
  });
});
