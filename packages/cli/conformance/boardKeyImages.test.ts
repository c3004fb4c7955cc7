import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportReading } from '@caliper/report';
import { PATIENT, longitudinalContext, longitudinalReading, studyUid } from '@caliper/report/fixtures/longitudinalReadings';
import { writeSlice } from '@caliper/dicom/__fixtures__/writeDicom';
import { runCaliper } from './helpers';

/**
 * `caliper board <SRs> --images <series>`: the key-image page of the tumour-board PDF from the
 * image series the SRs refer to. The SRs are the 3-timepoint fixture course (targets T1 at z = 20 mm
 * and T2 at z = 30 mm); each timepoint gets a synthetic CT (64×64 px of 2 mm, 10 slices of 5 mm,
 * origin (−50, −50), the fixture's series / SOP / frame-of-reference UIDs) with 40 HU background
 * and each lesion a 200 HU ellipse on its measured slice.
 */
const dir = mkdtempSync(path.join(os.tmpdir(), 'caliper-board-keyimages-'));
afterAll(() => (process.env.KEEP_BOARD_TMP ? undefined : rmSync(dir, { recursive: true, force: true })));
const pdftotext = existsSync('/usr/bin/pdftotext');

/** Long × short axis (mm) of T1 and T2 per timepoint, as in the fixture. */
const SIZES = [[[30, 20], [24, 18]], [[21, 14], [16, 12]], [[20, 13], [15, 11]]] as const;

function writeSeries(t: number): string {
  const series = `${studyUid(t)}.1`;
  const out = path.join(dir, `ct${t + 1}`);
  mkdirSync(out);
  for (let k = 0; k < 10; k++) {
    const pixels = new Int16Array(64 * 64).fill(40);
    const lesion = k === 4 ? SIZES[t][0] : k === 6 ? SIZES[t][1] : undefined;
    if (lesion) {
      // Ellipse centred on the long axis midpoint (long/2, 0) mm; pixel (i, j) at (−50 + 2i, −50 + 2j) mm.
      const [a, b] = [lesion[0] / 2, lesion[1] / 2];
      for (let j = 0; j < 64; j++) for (let i = 0; i < 64; i++) if (((-50 + 2 * i - a) / a) ** 2 + ((-50 + 2 * j) / b) ** 2 <= 1) pixels[j * 64 + i] = 200;
    }
    writeFileSync(path.join(out, `${k + 1}.dcm`), writeSlice({
      sop: `${series}.${k + 1}`, series, modality: 'CT', rows: 64, columns: 64, ipp: [-50, -50, 5 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [2, 2], instanceNumber: k + 1, pixels,
      extra: [{ tag: 0x00200052, vr: 'UI', value: `${studyUid(t)}.2` }],
    }));
  }
  return out;
}

const srs = [0, 1, 2].map((t) => {
  const f = path.join(dir, `tp${t + 1}.sr.dcm`);
  writeFileSync(f, exportReading(longitudinalReading(t), longitudinalContext(t)).sr);
  return f;
});
const cts = [0, 1, 2].map(writeSeries);
const CAPTIONS = [
  'T1 · baseline · 2026-01-05 · 30.0 × 20.0 mm', 'T1 · nadir · 2026-03-02 · 21.0 × 14.0 mm', 'T1 · current · 2026-05-04 · 20.0 × 13.0 mm',
  'T2 · baseline · 2026-01-05 · 24.0 × 18.0 mm', 'T2 · nadir · 2026-03-02 · 16.0 × 12.0 mm', 'T2 · current · 2026-05-04 · 15.0 × 11.0 mm',
];

describe('caliper board --images (key images)', () => {
  it('draws baseline, nadir and current of each target lesion on the key-image page; --json lists them', async () => {
    const out = path.join(dir, 'board.pdf');
    const r = await runCaliper(['board', ...srs, '--criteria', 'recist1.1', '--out', out, '--images', cts[0], '--images', cts[1], `--images=${cts[2]}`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.keyImages).toEqual([
      { lesion: 'T1', role: 'baseline', date: '2026-01-05', status: 'drawn' }, { lesion: 'T1', role: 'nadir', date: '2026-03-02', status: 'drawn' },
      { lesion: 'T1', role: 'current', date: '2026-05-04', status: 'drawn' }, { lesion: 'T2', role: 'baseline', date: '2026-01-05', status: 'drawn' },
      { lesion: 'T2', role: 'nadir', date: '2026-03-02', status: 'drawn' }, { lesion: 'T2', role: 'current', date: '2026-05-04', status: 'drawn' },
    ]);
    expect(doc.summary.timeline.map((t: { response: string }) => t.response)).toEqual(['BL', 'PR', 'PD']); // the existing fields unchanged
    expect(r.stderr).toMatch(/6 key images drawn/);
    const raw = readFileSync(out).toString('latin1');
    expect(raw).toMatch(/\/Subtype\s*\/Image/);
    for (const id of [PATIENT.name, PATIENT.id]) expect(raw).not.toContain(id);
    const list = spawnSync('pdfimages', ['-list', out], { encoding: 'utf8' }).stdout;
    expect(list.split('\n').filter((l) => /\bimage\s+256\s+256\s+rgb\b/.test(l))).toHaveLength(6);
    if (!pdftotext) return;
    const text = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('key images');
    for (const c of CAPTIONS) expect(text).toContain(c);
    for (const id of [PATIENT.name, PATIENT.id]) expect(text).not.toContain(id);
  });

  it('a missing series skips its key images with the reason, never failing the command; --images needs SR input', async () => {
    const out = path.join(dir, 'partial.pdf');
    const timeline = path.join(dir, 'course.json');
    writeFileSync(timeline, JSON.stringify({ timepoints: [{ date: '2026-01-05', lesions: [] }] }));
    // Three processes at once: two are usage errors that exit right after start-up.
    const [r, usage, missing] = await Promise.all([
      runCaliper(['board', ...srs, '--criteria', 'recist1.1', '--out', out, '--images', cts[0], '--json']),
      runCaliper(['board', timeline, '--criteria', 'recist1.1', '--out', path.join(dir, 'u.pdf'), '--images', cts[0]]),
      runCaliper(['board', ...srs, '--criteria', 'recist1.1', '--out', path.join(dir, 'm.pdf'), '--images', path.join(dir, 'nope')]),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.keyImages.filter((k: { status: string }) => k.status === 'drawn').map((k: { lesion: string; role: string }) => `${k.lesion} ${k.role}`)).toEqual(['T1 baseline', 'T2 baseline']);
    expect(doc.keyImages.find((k: { lesion: string; role: string }) => k.lesion === 'T1' && k.role === 'nadir')).toEqual({
      lesion: 'T1', role: 'nadir', date: '2026-03-02', status: 'skipped', reason: 'its image series is not among --images',
    });
    expect(r.stderr).toMatch(/key image T2 current 2026-05-04 skipped: its image series is not among --images/);
    if (pdftotext) expect(spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout).toContain(CAPTIONS[0]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--images needs SR input/);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no such file or folder/);
  });
});
