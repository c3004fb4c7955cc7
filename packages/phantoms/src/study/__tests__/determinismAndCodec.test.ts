import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../config';
import type { PhantomConfig } from '../config';
import { generateInMemory } from './generateInMemory';
import { readSlice } from './readBack';
import dicomParser from 'dicom-parser';

const oneTimepoint = (seed: number, over: Partial<PhantomConfig> = {}): PhantomConfig => ({
  ...testConfig(seed),
  timepoints: 1,
  ct: { ...testConfig(seed).ct, noiseHu: 10 },
  pet: { ...testConfig(seed).pet, noiseRelative: 0.1, psfFwhmMm: 6 },
  mr: { ...testConfig(seed).mr, noiseSigma: 8 },
  ...over,
});

async function digest(config: PhantomConfig): Promise<string> {
  const { files } = await generateInMemory(config);
  const h = createHash('sha256');
  for (const p of [...files.keys()].sort()) h.update(p).update(files.get(p)!);
  return h.digest('hex');
}

describe('determinism', () => {
  it('same seed → same bytes (noise on); another seed → different bytes', async () => {
    const a = await digest(oneTimepoint(3));
    expect(await digest(oneTimepoint(3))).toBe(a);
    expect(await digest(oneTimepoint(4))).not.toBe(a);
  });
});

describe('JPEG-LS demo encoding', () => {
  it('decodes (CharLS, as Cornerstone does) to exactly the explicit-VR pixels', async () => {
    const { files: raw } = await generateInMemory(oneTimepoint(5));
    const { files: jls } = await generateInMemory(oneTimepoint(5, { transferSyntax: 'jpegls' }));
    const require = createRequire(import.meta.url);
    const charls = await (require('@cornerstonejs/codec-charls/wasmjs') as () => Promise<any>)();
    const paths = [...raw.keys()].filter((p) => p.endsWith('.dcm'));
    expect(paths.length).toBeGreaterThan(100);
    for (const p of paths.filter((_, i) => i % 7 === 0)) {
      const ref = readSlice(raw.get(p)!);
      const bytes = jls.get(p)!;
      const ds = dicomParser.parseDicom(bytes);
      expect(ds.string('x00020010')).toBe('1.2.840.10008.1.2.4.80');
      const frame = dicomParser.readEncapsulatedPixelDataFromFragments(ds, ds.elements.x7fe00010, 0);
      const dec = new charls.JpegLSDecoder();
      dec.getEncodedBuffer(frame.length).set(frame);
      dec.decode();
      const out = dec.getDecodedBuffer() as Uint8Array;
      const px = new Uint16Array(out.slice().buffer);
      dec.delete();
      const same = Buffer.from(px.buffer).equals(Buffer.from(ref.pixels.buffer, ref.pixels.byteOffset, ref.pixels.byteLength));
      expect(same, p).toBe(true);
    }
  });
});
