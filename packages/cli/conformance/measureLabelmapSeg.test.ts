import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { asPatient } from '@caliper/core';
import type { Grid } from '@caliper/report';
import { decodeLabelmap, importSeg } from '@caliper/report';
import { writeLabelmapSeg } from '@caliper/report/seg/__fixtures__/writeLabelmapSeg';
import { describe, expect, it } from 'vitest';
import { readSegments } from '../src/batch/readSegments';
import { readNaturalDataset } from '../src/roi/dcmjsDataset';
import { readSegMask } from '../src/roi/readSegMask';
import { writeFixtureStudy } from './fixtureStudy';
import { runCaliper } from './helpers';

// A Label Map SEG (SOP Class 1.2.840.10008.5.1.4.1.1.66.7) on a 4×4×3 CT series (1 mm pixels,
// 2 mm slices, slice k = 10·(k+1) HU). Segment 1: 4 voxels on slice 0 + 1 on slice 1 (mean 12);
// segment 2: 2 voxels on slice 1 + 1 on slice 2 (mean 23.33). Read as FRACTIONAL, both were empty.
const tmp = mkdtempSync(path.join(tmpdir(), 'caliper-labelmap-seg-'));
const uid = '2.25.90417';
const [series] = writeFixtureStudy(tmp, [{ uid, modality: 'CT', description: 'ct', value: (k) => 10 * (k + 1) }]);
const grid: Grid = { dimensions: [4, 4, 3], origin: [0, 0, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [1, 1, 2] };
const labels = new Uint8Array(48);
labels.set([1, 1, 1, 1], 0);
labels.set([1, 2, 2], 16 + 5);
labels[32 + 15] = 2;
const sops = [1, 2, 3].map((k) => `${uid}.${k}`);
const expected = { 1: { voxelCount: 5, mean: 12 }, 2: { voxelCount: 3, mean: 70 / 3 } };

for (const bits of [8, 16] as const) {
  describe(`${bits}-bit Label Map SEG: caliper measure and the report importer give the writer's voxels`, () => {
    const bytes = writeLabelmapSeg({
      grid, labels, bits, referencedSeriesInstanceUID: uid, sliceSopInstanceUIDs: sops, frameOfReferenceUID: '2.25.90418',
      segments: [{ number: 1, label: 'A' }, { number: 2, label: 'B' }],
    });
    const segFile = path.join(tmp, `seg${bits}.dcm`);
    writeFileSync(segFile, bytes);

    it('caliper measure --roi {"type":"mask","path":"seg.dcm","segment":n} for segments 1 and 2', async () => {
      const runs = await Promise.all(([1, 2] as const).map((segment) => {
        const roi = path.join(tmp, `roi${bits}-${segment}.json`);
        writeFileSync(roi, JSON.stringify({ type: 'mask', path: segFile, segment }));
        return runCaliper(['measure', series, '--roi', roi, '--json']);
      }));
      runs.forEach((r, i) => {
        const segment = (i + 1) as 1 | 2;
        expect(r.code, r.stderr + r.stdout).toBe(0);
        const doc = JSON.parse(r.stdout);
        expect(doc.voxelCount).toBe(expected[segment].voxelCount);
        expect(doc.mean).toBeCloseTo(expected[segment].mean, 6);
      });
    });

    it('the same voxels, voxel by voxel, in the CLI reader and the viewer importer', () => {
      // `caliper batch` expands a SEG ROI into its segments from the header.
      expect(readSegments(segFile)).toEqual([{ number: 1, label: 'A' }, { number: 2, label: 'B' }]);
      const imported = importSeg(new Uint8Array(readFileSync(segFile)), { target: { grid, sliceSopInstanceUIDs: sops } });
      if (!imported.ok) throw new Error(imported.error);
      expect(imported.value.skipped).toEqual([]);
      const viewer = decodeLabelmap(imported.value.segmentation.labelmap, 48);
      if (!viewer.ok) throw new Error(viewer.error);
      expect([...viewer.value]).toEqual([...labels]);
      for (const segment of [1, 2]) {
        const cli = readSegMask(readNaturalDataset(bytes), { ...grid, origin: asPatient(grid.origin) }, segment, 'seg.dcm');
        if (!cli.ok) throw new Error(cli.error);
        expect([...cli.value.data]).toEqual([...labels].map((v) => (v === segment ? 1 : 0)));
      }
    });
  });
}
