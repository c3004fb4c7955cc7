/**
 * The bench's large CT in more transfer syntaxes: the explicit VR little endian phantom's 300-slice
 * CT re-encoded, losslessly, as HTJ2K (OpenJPH) or RLE (PS3.5 Annex G), file names and manifest kept
 * (only the CT series listed). The phantom writer itself writes JPEG-LS and explicit VR only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseInstance } from '../../packages/dicom/src/index';
import { encodeLossless, LOSSLESS_SYNTAXES } from '../../packages/dicom/src/testing/encodeLossless';
import { encapsulateFile } from '../../packages/dicom/src/testing/encapsulateFile';
import { encodeRle } from '../../packages/dicom/src/testing/fuzz/encodeRle';

export type Transcoded = 'htj2k' | 'rle';
const RLE_LOSSLESS = '1.2.840.10008.1.2.5';

export async function transcodeLargeCt(from: string, to: string, syntax: Transcoded): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
  const study = manifest.studies[0];
  const ct = study.series.find((s: { modality: string; instances: string[] }) => s.modality === 'CT' && s.instances.length >= 300);
  if (!ct) throw new Error(`no 300-slice CT in ${from}`);
  const names: string[] = ct.instances;
  for (let i = 0; i < names.length; i += 50) {
    const batch = names.slice(i, i + 50).map((name) => {
      const r = parseInstance(new Uint8Array(readFileSync(join(from, name))), name);
      if (!r.ok) throw new Error(r.error.reason);
      const el = r.value.dataSet.elements.x7fe00010;
      if (!el || r.value.bitsAllocated !== 16) throw new Error(`${name}: expected 16-bit native Pixel Data`);
      return { name, inst: r.value, frame: r.value.byteArray.slice(el.dataOffset, el.dataOffset + el.length) };
    });
    const { rows, columns } = batch[0].inst;
    const encoded = syntax === 'rle' ? batch.map((b) => encodeRle(b.frame, 2)) : await encodeLossless('htj2k', batch.map((b) => b.frame), columns, rows, 16);
    batch.forEach((b, k) => {
      const out = join(to, b.name);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, encapsulateFile(b.inst, syntax === 'rle' ? RLE_LOSSLESS : LOSSLESS_SYNTAXES.htj2k, [encoded[k]]));
    });
  }
  writeFileSync(join(to, 'manifest.json'), JSON.stringify({ ...manifest, studies: [{ ...study, series: [ct] }] }, null, 1));
}
