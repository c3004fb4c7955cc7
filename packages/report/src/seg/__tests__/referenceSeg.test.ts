import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importSeg } from '../importSeg';
import { decodeLabelmap } from '../decodeLabelmap';
import type { Grid } from '../../model/schema';

const repoRoot = fileURLToPath(new URL('../../../../../', import.meta.url));
const file = path.resolve(repoRoot, '../shared/reference-data/dicom-samples/pydicom/liver_1frame.dcm');
const present = existsSync(file);
if (!present) console.warn(`[report] ${file} absent: foreign SEG reference test skipped`);

/**
 * A SEG written by another tool (dcmqi example in pydicom's test files, cut to one frame: three
 * per-frame items remain, pixel data holds one frame, no NumberOfFrames). Ground truth: the md5
 * of pydicom's decoded pixel_array (512×512 uint8 0/1) from the reference inventory.
 */
describe.skipIf(!present)('importSeg: dcmqi liver SEG (reference data)', () => {
  // The source CT grid, as the viewer would have it: three 1 mm slices from z = -128.69 mm.
  const grid: Grid = { dimensions: [512, 512, 3], origin: [-235.2, -226.8, -128.69], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [0.810547, 0.810547, 1] };
  const slices = ['23433', '23432', '23431'].map((n) => `1.2.392.200103.20080913.113635.2.2009.6.22.21.43.10.${n}.1`);

  it('decodes the frame onto the first slice with the pixels pydicom decodes', () => {
    const r = importSeg(new Uint8Array(readFileSync(file)), { target: { grid, sliceSopInstanceUIDs: slices } });
    if (!r.ok) throw new Error(r.error);
    const { segmentation, skipped } = r.value;
    expect(skipped).toEqual([]);
    expect(segmentation.segments).toHaveLength(1);
    expect(segmentation.segments[0]).toMatchObject({ number: 1, label: 'Liver', algorithmType: 'SEMIAUTOMATIC', type: { meaning: 'Liver' }, category: { meaning: 'Tissue' } });
    expect(segmentation.reference.seriesInstanceUID).toBe('1.2.392.200103.20080913.113635.1.2009.6.22.21.43.10.23430.1');
    const labels = decodeLabelmap(segmentation.labelmap, 512 * 512 * 3);
    if (!labels.ok) throw new Error(labels.error);
    const slice0 = labels.value.subarray(0, 512 * 512);
    expect(createHash('md5').update(slice0).digest('hex')).toBe('5c0319c83f910c57c8c5bce0c0285b21');
    expect(labels.value.subarray(512 * 512).every((v) => v === 0)).toBe(true);
  });
});
