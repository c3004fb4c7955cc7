import { describe, expect, it } from 'vitest';
import dicomParser from 'dicom-parser';
import { importReading } from '@caliper/report';
import { HOSTILE, LONG_LENGTH } from '../hostileStrings';
import { HOSTILE_GRID, HOSTILE_UIDS, hostileHu, writeHostileStudy } from '../writeHostileStudy';

const study = writeHostileStudy();
const utf8 = (ds: dicomParser.DataSet, tag: string): string => {
  const e = ds.elements[tag];
  return new TextDecoder('utf-8').decode(ds.byteArray.subarray(e.dataOffset, e.dataOffset + e.length)).replace(/[\0 ]+$/, '');
};

describe('hostile-strings phantom', () => {
  it('writes 6 CT slices whose strings are stored byte for byte (UTF-8), the long value 10 000 characters', () => {
    expect(study.ct).toHaveLength(6);
    const ds = dicomParser.parseDicom(study.ct[0].bytes);
    expect(ds.string('x00080005')).toBe('ISO_IR 192');
    expect(utf8(ds, 'x00100010')).toBe(HOSTILE.patientName);
    expect(utf8(ds, 'x00100020')).toBe(HOSTILE.patientId);
    expect(utf8(ds, 'x00081030')).toBe(HOSTILE.studyDescription);
    expect(utf8(ds, 'x00080080')).toBe(HOSTILE.institutionName);
    const desc = utf8(ds, 'x0008103e');
    expect(desc).toBe(HOSTILE.seriesDescription);
    expect(desc.length).toBe(LONG_LENGTH);
    expect(desc).toContain('<img src=x onerror=');
  });

  it('pixels: the 100 HU lesion at (20, 20) on slice 2, 20 HU body, air outside', () => {
    const ds = dicomParser.parseDicom(study.ct[2].bytes);
    const px = ds.elements.x7fe00010;
    const stored = new Uint16Array(ds.byteArray.buffer.slice(ds.byteArray.byteOffset + px.dataOffset, ds.byteArray.byteOffset + px.dataOffset + px.length));
    const n = HOSTILE_GRID.dimensions[0];
    expect(stored[20 + 20 * n] - 1024).toBe(100);
    expect(stored[10 + 16 * n] - 1024).toBe(20);
    expect(stored[0] - 1024).toBe(-1000);
    expect(hostileHu(20, 20, 0)).toBe(20);
  });

  it('SR and SEG carry the hostile lesion names, location text and segment label, and read back unchanged', () => {
    expect(study.warnings).toEqual([]);
    const back = importReading({ sr: study.sr.bytes, segs: [study.seg.bytes] }, {
      target: (s) => (s === HOSTILE_UIDS.series ? { grid: { dimensions: [32, 32, 6], origin: [-31, -31, 0], rowDirection: [1, 0, 0], columnDirection: [0, 1, 0], sliceDirection: [0, 0, 1], spacing: [2, 2, 3] }, sliceSopInstanceUIDs: Array.from({ length: 6 }, (_, k) => HOSTILE_UIDS.sop(k)) } : undefined),
    });
    if (!back.ok) throw new Error(back.error);
    expect(back.value.reading.lesions.map((l) => l.name)).toEqual([HOSTILE.lesionName, HOSTILE.longLesionName]);
    expect(HOSTILE.longLesionName).toHaveLength(LONG_LENGTH);
    expect(HOSTILE.segmentLabel.length).toBeLessThanOrEqual(64);
    expect(back.value.reading.lesions[0].locationLabel).toBe(HOSTILE.srText);
    expect(back.value.reading.segmentations[0].segments[0].label).toBe(HOSTILE.segmentLabel);
  });
});
