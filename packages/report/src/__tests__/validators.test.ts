import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReading } from '../exportReading';
import { syntheticContext, syntheticReading } from '../fixtures/syntheticReading';
import { longitudinalContext, longitudinalReading, trackingUid } from '../fixtures/longitudinalReadings';

const DCIODVFY = '/usr/bin/dciodvfy';
const DSRDUMP = '/usr/bin/dsrdump';
const hasDciodvfy = existsSync(DCIODVFY);
const hasDsrdump = existsSync(DSRDUMP);
if (!hasDciodvfy) console.warn(`[report] ${DCIODVFY} missing (apt-get install dicom3tools): IOD validation skipped`);
if (!hasDsrdump) console.warn(`[report] ${DSRDUMP} missing (apt-get install dcmtk): dsrdump check skipped`);

const dir = mkdtempSync(path.join(tmpdir(), 'caliper-report-'));
const exported = exportReading(syntheticReading(), syntheticContext());
// Segment lesions only: no SCOORD3D, so an Enhanced SR; one segment left empty.
const segOnly = syntheticReading();
segOnly.lesions = segOnly.lesions.filter((l) => l.geometry.kind === 'segment');
segOnly.segmentations[0].segments.push({ ...segOnly.segmentations[0].segments[1], number: 3, label: 'Empty' });
const exportedSegOnly = exportReading(segOnly, { ...syntheticContext(), observerName: undefined });
const srPath = path.join(dir, 'reading.sr.dcm');
const segPath = path.join(dir, 'reading.seg.dcm');
writeFileSync(srPath, exported.sr);
writeFileSync(segPath, exported.seg!);
const enhancedPath = path.join(dir, 'segonly.sr.dcm');
const emptySegPath = path.join(dir, 'segonly.seg.dcm');
writeFileSync(enhancedPath, exportedSegOnly.sr);
writeFileSync(emptySegPath, exportedSegOnly.seg!);
// A longitudinal reading: one SR per timepoint (tracking identity, role, status, responses).
const timepointPaths = [0, 1, 2].map((t) => {
  const p = path.join(dir, `timepoint${t + 1}.sr.dcm`);
  writeFileSync(p, exportReading(longitudinalReading(t), longitudinalContext(t)).sr);
  return p;
});

/** dciodvfy prints "Error - ..." lines for IOD violations (and exits non-zero on some). */
function dciodvfy(file: string): { errors: string[]; output: string } {
  const r = spawnSync(DCIODVFY, [file], { encoding: 'utf8' });
  const output = `${r.stdout}${r.stderr}`;
  return { errors: output.split('\n').filter((l) => /^\s*Error/.test(l)), output };
}

describe.skipIf(!hasDciodvfy)('dciodvfy (dicom3tools)', () => {
  it('SR (Comprehensive 3D SR, TID 1500) has no IOD errors', () => {
    const r = dciodvfy(srPath);
    expect(r.output).toContain('Comprehensive3DSR');
    expect(r.errors).toEqual([]);
  });
  it('Enhanced SR (no 3D coordinates) and a SEG with an empty segment have no IOD errors', () => {
    expect(exportedSegOnly.srInfo.sopClassUID).toBe('1.2.840.10008.5.1.4.1.1.88.22');
    expect(exportedSegOnly.warnings).toEqual(['segment 3 ("Empty") is empty; one empty frame written']);
    const sr = dciodvfy(enhancedPath);
    expect(sr.output).toContain('EnhancedSR');
    expect(sr.errors).toEqual([]);
    expect(dciodvfy(emptySegPath).errors).toEqual([]);
  });
  it('the three SRs of a longitudinal reading have no IOD errors', () => {
    for (const p of timepointPaths) {
      const r = dciodvfy(p);
      expect(r.output).toContain('Comprehensive3DSR');
      expect(r.errors).toEqual([]);
    }
  });
  it('SEG has no IOD errors', () => {
    const r = dciodvfy(segPath);
    expect(r.output).toContain('Segmentation');
    expect(r.errors).toEqual([]);
  });
});

describe.skipIf(!hasDsrdump)('dsrdump (dcmtk)', () => {
  it('parses the SR as a TID 1500 document with one group per lesion', () => {
    const out = execFileSync(DSRDUMP, [srPath], { encoding: 'utf8' });
    expect(out).toContain('Comprehensive 3D SR Document');
    expect(out).toContain('"Imaging Measurement Report"');
    expect(out.match(/"Measurement Group"/g)).toHaveLength(6);
    expect(out).toContain('(126031,DCM,"Peak Value Within ROI")');
    expect(out).toContain('({SUVbw}g/ml,UCUM,"Standardized Uptake Value body weight")');
  });

  it('reads a follow-up SR whole: tracking identity, role, status, derived values and the response', () => {
    const r = spawnSync(DSRDUMP, [timepointPaths[2]], { encoding: 'utf8' });
    const out = r.stdout;
    // DCMTK's VR checker finds nothing to object to (its only warning is about UTF-8 itself).
    expect(r.stderr.split('\n').filter((l) => l.startsWith('W:') && !l.includes('Specific Character Set'))).toEqual([]);
    expect(out.match(/"Measurement Group"/g)).toHaveLength(4);
    expect(out).toContain('<has obs context TEXT:(,,"Tracking Identifier")="N1">');
    expect(out).toContain(`<has obs context UIDREF:(,,"Tracking Unique Identifier")="${trackingUid(4)}">`);
    expect(out).toContain('(112074,DCM,"Target Lesion at Baseline")');
    expect(out).toContain('(112076,DCM,"Non-Lesion at Baseline")');
    expect(out).toContain('<contains CODE:(,,"Lesion status")=(52101004,SCT,"Present")>');
    expect(out).toContain('<contains CONTAINER:(,,"Derived Imaging Measurements")=SEPARATE>');
    expect(out).toContain('<contains CONTAINER:(,,"Qualitative Evaluations")=SEPARATE>');
    expect(out).toContain('<contains TEXT:(,,"Response Evaluation")="RECIST 1.1: PD"> {2026-05-05 11:30:00}');
    expect(out).toContain('(126081,DCM,"RECIST 1.1")');
  });
});
