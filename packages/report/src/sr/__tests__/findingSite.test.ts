import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import dcmjs from 'dcmjs';
import { exportReading } from '../../exportReading';
import { importReading } from '../../importReading';
import { FINDING_SITES, findingSiteCode, organForSiteCode } from '../../dicom/findingSites';
import { syntheticContext, syntheticReading } from '../../fixtures/syntheticReading';

type Coded = { CodeValue: string; CodingSchemeDesignator: string; CodeMeaning: string };
type Item = Record<string, unknown> & { ValueType?: string; ConceptNameCodeSequence?: Coded[] | Coded; ConceptCodeSequence?: Coded[] | Coded; TextValue?: string };
const first = (x: Coded[] | Coded | undefined): Coded | undefined => (Array.isArray(x) ? x[0] : x);

/** The TID 1500 measurement groups of an SR, each with its direct content items. */
function groups(sr: Uint8Array): Item[][] {
  const ds = dcmjs.data.DicomMetaDictionary.naturalizeDataset(dcmjs.data.DicomMessage.readFile(sr.buffer.slice(sr.byteOffset, sr.byteOffset + sr.byteLength) as ArrayBuffer).dict) as Item;
  const out: Item[][] = [];
  const walk = (x: Item) => {
    const c = x.ContentSequence as Item[] | Item | undefined;
    const kids = Array.isArray(c) ? c : c ? [c] : [];
    if (first(x.ConceptNameCodeSequence)?.CodeValue === '125007') out.push(kids);
    else kids.forEach(walk);
  };
  walk(ds);
  return out;
}
const sitesOf = (g: Item[]) => g.filter((i) => i.ValueType === 'CODE' && first(i.ConceptNameCodeSequence)?.CodeValue === '363698007').map((i) => first(i.ConceptCodeSequence)!);

const base = syntheticReading();
// Lesion 1: a site from the list; lesion 2: a lymph node (nodal) site; the others: free text.
const reading = {
  ...base,
  lesions: base.lesions.map((l, i) => (i === 0 ? { ...l, organ: 'adrenal gland' } : i === 1 ? { ...l, organ: 'lymph node', isLymphNode: true } : { ...l, organ: 'left parotid' })),
};
const exported = exportReading(reading, syntheticContext());

describe('finding site of a lesion (TID 1501 Finding Site, SNOMED CT)', () => {
  it('has a SNOMED CT body structure for every listed site but "other"', () => {
    expect(FINDING_SITES.map((s) => s.organ)).toEqual(['liver', 'lung', 'lymph node', 'bone', 'adrenal gland', 'brain', 'kidney', 'pancreas', 'peritoneum', 'pleura', 'spleen', 'soft tissue', 'breast', 'other']);
    for (const s of FINDING_SITES.filter((x) => x.organ !== 'other')) expect(s.code?.scheme).toBe('SCT');
    expect(findingSiteCode('Liver')).toEqual({ value: '10200004', scheme: 'SCT', meaning: 'Liver' });
    expect(findingSiteCode('other')).toBeUndefined();
    expect(organForSiteCode({ value: '23451007', scheme: 'SRT', meaning: 'x' })).toBe('adrenal gland');
  });

  it('writes the site as a coded Finding Site (363698007, SCT), once for a lymph node, free text as text', () => {
    expect(exported.warnings).toEqual([]);
    const g = groups(exported.sr);
    expect(g.length).toBe(reading.lesions.length);
    expect(sitesOf(g[0]).map((c) => [c.CodeValue, c.CodingSchemeDesignator, c.CodeMeaning])).toEqual([['23451007', 'SCT', 'Adrenal gland']]);
    expect(sitesOf(g[1]).map((c) => c.CodeValue)).toEqual(['59441001']);
    // Free text keeps Caliper's organ text item and no Finding Site code.
    expect(sitesOf(g[2])).toEqual([]);
    expect(g[2].some((i) => i.ValueType === 'TEXT' && i.TextValue === 'left parotid')).toBe(true);
    // A coded site is not repeated as text.
    expect(g[0].some((i) => i.ValueType === 'TEXT' && i.TextValue === 'adrenal gland')).toBe(false);
  });

  it('reads the site back from the code (round trip)', () => {
    const back = importReading({ sr: exported.sr, segs: exported.segs.map((s) => s.bytes) }, { target: () => undefined });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    const byId = new Map(back.value.reading.lesions.map((l) => [l.id, l]));
    expect(byId.get(reading.lesions[0].id)?.organ).toBe('adrenal gland');
    expect(byId.get(reading.lesions[0].id)?.locationLabel).toBe(reading.lesions[0].locationLabel);
    expect(byId.get(reading.lesions[1].id)).toMatchObject({ organ: 'lymph node', isLymphNode: true });
    expect(byId.get(reading.lesions[2].id)?.organ).toBe('left parotid');
  });

  it.skipIf(!existsSync('/usr/bin/dciodvfy'))('the SR with finding sites has no IOD errors (dciodvfy)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'caliper-site-sr-')), 'reading.sr.dcm');
    writeFileSync(file, exported.sr);
    const r = spawnSync('/usr/bin/dciodvfy', [file], { encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`.split('\n').filter((l) => /^\s*Error/.test(l))).toEqual([]);
  });
});
