import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPart10 } from '../../dicom/part10';
import { exportKos, KEY_OBJECT_SELECTION, type KeyImageRef } from '../exportKos';

const CT = '1.2.840.10008.5.1.4.1.1.2';
const ctx = {
  patient: { name: 'Doe^Jane', id: 'P1', birthDate: '19600101', sex: 'F' as const },
  study: { studyInstanceUID: '1.2.3.2', studyDate: '20240301', studyTime: '101010', accessionNumber: 'A2' },
  now: new Date(Date.UTC(2024, 2, 1, 12)),
};
const images: KeyImageRef[] = [
  { studyInstanceUID: '1.2.3.1', seriesInstanceUID: '1.2.3.1.1', sopClassUID: CT, sopInstanceUID: '1.2.3.1.1.40' },
  { studyInstanceUID: '1.2.3.2', seriesInstanceUID: '1.2.3.2.1', sopClassUID: CT, sopInstanceUID: '1.2.3.2.1.41' },
  { studyInstanceUID: '1.2.3.2', seriesInstanceUID: '1.2.3.2.1', sopClassUID: CT, sopInstanceUID: '1.2.3.2.1.42' },
];

describe('exportKos', () => {
  const kos = exportKos(images, ctx, { description: 'Tumour board: L1 baseline, nadir, current' });
  const ds = readPart10(kos.bytes);

  it('writes a KO document titled For Conference (CID 7010) with one IMAGE item per key image, TID 2010', () => {
    expect(ds.ok).toBe(true);
    if (!ds.ok) return;
    const d = ds.value as Record<string, any>;
    expect(d.SOPClassUID).toBe(KEY_OBJECT_SELECTION);
    expect(d.Modality).toBe('KO');
    expect(d.StudyInstanceUID).toBe('1.2.3.2');
    expect(d.ConceptNameCodeSequence[0].CodeValue).toBe('113005');
    expect(d.ContentTemplateSequence[0].TemplateIdentifier).toBe('2010');
    const imgs = d.ContentSequence.filter((i: any) => i.ValueType === 'IMAGE');
    expect(imgs.map((i: any) => i.ReferencedSOPSequence[0].ReferencedSOPInstanceUID)).toEqual(['1.2.3.1.1.40', '1.2.3.2.1.41', '1.2.3.2.1.42']);
    const text = d.ContentSequence.find((i: any) => i.ValueType === 'TEXT' && i.ConceptNameCodeSequence[0].CodeValue === '113012');
    expect(text.TextValue).toBe('Tumour board: L1 baseline, nadir, current');
  });

  it('lists every referenced instance in the evidence, grouped by study and series', () => {
    if (!ds.ok) throw new Error('unreadable');
    const ev = (ds.value as Record<string, any>).CurrentRequestedProcedureEvidenceSequence;
    expect(ev.map((s: any) => s.StudyInstanceUID)).toEqual(['1.2.3.1', '1.2.3.2']);
    expect(ev[1].ReferencedSeriesSequence[0].ReferencedSOPSequence).toHaveLength(2);
  });

  it('refuses an empty selection', () => {
    expect(() => exportKos([], ctx)).toThrow(/at least one image/);
  });

  it.skipIf(!existsSync('/usr/bin/dciodvfy'))('passes dciodvfy (dicom3tools) without errors', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'caliper-kos-')), 'kos.dcm');
    writeFileSync(file, kos.bytes);
    const r = spawnSync('/usr/bin/dciodvfy', [file], { encoding: 'utf8' });
    const out = `${r.stdout}${r.stderr}`;
    expect(out).toMatch(/KeyObjectSelectionDocument/);
    expect(out.split('\n').filter((l) => l.startsWith('Error'))).toEqual([]);
  });
});
