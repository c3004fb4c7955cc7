import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFrames, packBits, parseInstance, transcodeToNative } from '@caliper/dicom';
import { encapsulateFile } from '@caliper/dicom/testing/encapsulateFile';
import { encodeLossless, LOSSLESS_SYNTAXES } from '@caliper/dicom/testing/encodeLossless';
import { encodeRle } from '@caliper/dicom/testing/fuzz/encodeRle';
import { decodeLabelmap, exportSeg, importSeg } from '@caliper/report';
import { boxSegmentation, ctGrid, syntheticContext } from '@caliper/report/fixtures/syntheticReading';
import type { Geometry } from '@caliper/core';
import { asPatient } from '@caliper/core';
import { prepareMaskFile, prepareRoiFileMasks, prepareRoiMaskFile } from '../maskFileBytes';
import { resolveMaskFile } from '../resolveMaskFile';

// A BINARY SEG as Caliper writes it (native, bits packed across frames), then the same object with
// its frames compressed the ways other writers store them (highdicom: RLE, JPEG-LS, JPEG 2000).
// 63 × 41: frames are not byte-aligned in the native file, and large enough for OpenJPEG's 5 levels.
const seg = boxSegmentation('s1', ctGrid([63, 41, 10]), 3);
const exported = exportSeg(seg, syntheticContext());
const [ni, nj, nk] = seg.grid.dimensions;
const plane = ni * nj;
const target = { grid: seg.grid, sliceSopInstanceUIDs: seg.sliceSopInstanceUIDs };
const labels = (bytes: Uint8Array) => {
  const r = importSeg(bytes, { target });
  if (!r.ok) throw new Error(r.error);
  const d = decodeLabelmap(r.value.segmentation.labelmap, plane * nk);
  if (!d.ok) throw new Error(d.error);
  return { labels: d.value, skipped: r.value.skipped };
};
const original = labels(exported.bytes).labels;

async function frames(): Promise<Uint8Array[]> {
  const inst = parseInstance(exported.bytes, 'seg.dcm');
  if (!inst.ok) throw new Error(inst.error.reason);
  const d = await decodeFrames(inst.value);
  if (!d.ok) throw new Error(d.error.reason);
  const data = d.value.data as Uint8Array;
  return Array.from({ length: d.value.frames }, (_, f) => data.slice(f * plane, (f + 1) * plane));
}

async function compressed(kind: 'rle-packed' | 'rle-bytes' | keyof typeof LOSSLESS_SYNTAXES): Promise<Uint8Array> {
  const inst = parseInstance(exported.bytes, 'seg.dcm');
  if (!inst.ok) throw new Error(inst.error.reason);
  const fs = await frames();
  if (kind === 'rle-packed') return encapsulateFile(inst.value, '1.2.840.10008.1.2.5', fs.map((f) => encodeRle(packBits(f), 1)));
  if (kind === 'rle-bytes') return encapsulateFile(inst.value, '1.2.840.10008.1.2.5', fs.map((f) => encodeRle(f, 1)));
  return encapsulateFile(inst.value, LOSSLESS_SYNTAXES[kind], await encodeLossless(kind, fs, ni, nj));
}

describe('compressed BINARY SEG (encapsulated pixel data)', () => {
  it('the native export has several segments on several slices (the test is not trivial)', () => {
    expect(exported.frameCount).toBeGreaterThan(3);
    expect(new Set(original).size).toBeGreaterThan(2);
    // Frames are not byte-aligned in the native file, so a decoded frame must be re-packed across
    // the whole Pixel Data, not frame by frame.
    expect(plane % 8).not.toBe(0);
  });

  it.each(['rle-packed', 'rle-bytes', 'jpeg-ls', 'j2k', 'htj2k'] as const)('%s: decoded to native, it imports as the same labelmap', async (kind) => {
    const bytes = await compressed(kind);
    // Without decoding, the compressed stream is not read as pixels.
    expect(() => labels(bytes)).toThrow();
    const native = await transcodeToNative(bytes, `seg-${kind}.dcm`);
    if (!native.ok) throw new Error(native.error.reason);
    const got = labels(native.value);
    expect(got.skipped).toEqual([]);
    expect(got.labels).toEqual(original);
  });

  it('a native SEG is returned unchanged', async () => {
    const r = await transcodeToNative(exported.bytes, 'seg.dcm');
    expect(r.ok && r.value).toBe(exported.bytes);
  });

  it('caliper measure: a JPEG 2000 SEG mask resolves to the same voxels as the native one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caliper-cseg-'));
    writeFileSync(path.join(dir, 'native.dcm'), exported.bytes);
    writeFileSync(path.join(dir, 'j2k.dcm'), await compressed('j2k'));
    const geometry: Geometry = { ...seg.grid, origin: asPatient(seg.grid.origin) };
    const segment = seg.segments[0].number;
    const nativeMask = resolveMaskFile({ type: 'mask', path: 'native.dcm', segment }, geometry, dir);
    expect(await prepareMaskFile(path.join(dir, 'j2k.dcm'))).toBeUndefined();
    const j2kMask = resolveMaskFile({ type: 'mask', path: 'j2k.dcm', segment }, geometry, dir);
    if (!nativeMask.ok || !j2kMask.ok) throw new Error(`${!nativeMask.ok ? nativeMask.error : ''} ${!j2kMask.ok ? j2kMask.error : ''}`);
    const count = (d: ArrayLike<number>) => Array.from(d).filter(Boolean).length;
    expect(count(j2kMask.value.data)).toBe(original.filter((v) => v === segment).length);
    expect(Array.from(j2kMask.value.data)).toEqual(Array.from(nativeMask.value.data));
  });

  it('a compressed SEG nested in another ROI (a threshold within it, a ROI file) is decoded too', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caliper-cseg-'));
    writeFileSync(path.join(dir, 'native.dcm'), exported.bytes);
    writeFileSync(path.join(dir, 'nested.dcm'), await compressed('jpeg-ls'));
    writeFileSync(path.join(dir, 'file.dcm'), await compressed('rle-packed'));
    const geometry: Geometry = { ...seg.grid, origin: asPatient(seg.grid.origin) };
    const segment = seg.segments[0].number;
    const nativeMask = resolveMaskFile({ type: 'mask', path: 'native.dcm', segment }, geometry, dir);
    expect(await prepareRoiMaskFile({ type: 'threshold', lower: 0, within: { type: 'mask', path: 'nested.dcm', segment } }, dir)).toBeUndefined();
    writeFileSync(path.join(dir, 'roi.json'), JSON.stringify({ type: 'threshold', lower: 0, within: { type: 'mask', path: 'file.dcm', segment } }));
    expect(await prepareRoiFileMasks(path.join(dir, 'roi.json'))).toBeUndefined();
    for (const name of ['nested.dcm', 'file.dcm']) {
      const m = resolveMaskFile({ type: 'mask', path: name, segment }, geometry, dir);
      if (!nativeMask.ok || !m.ok) throw new Error(`${name}: ${!m.ok ? m.error : ''}`);
      expect(Array.from(m.value.data)).toEqual(Array.from(nativeMask.value.data));
    }
  });

  it('a compressed frame that cannot be decoded is named with the file and the reason', async () => {
    const inst = parseInstance(exported.bytes, 'seg.dcm');
    if (!inst.ok) throw new Error(inst.error.reason);
    const fs = await frames();
    const broken = encapsulateFile(inst.value, '1.2.840.10008.1.2.5', fs.map(() => new Uint8Array(10)));
    const dir = mkdtempSync(path.join(tmpdir(), 'caliper-cseg-'));
    const file = path.join(dir, 'broken.dcm');
    writeFileSync(file, broken);
    expect(await prepareMaskFile(file)).toMatch(/broken\.dcm: .*RLE/);
  });
});
