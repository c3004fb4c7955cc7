import type { HuffmanTable } from './huffman';
import { BitReader, buildHuffmanTable, extend } from './huffman';
import { idct8x8, ZIGZAG } from './idct';

interface Component {
  readonly id: number;
  readonly h: number;
  readonly v: number;
  readonly tq: number;
  blocksPerLine: number;
  blocksPerColumn: number;
  plane: Float64Array; // decoded samples, blocksPerLine*8 wide
  pred: number;
  dc?: HuffmanTable;
  ac?: HuffmanTable;
}

export interface DecodedJpeg {
  readonly width: number;
  readonly height: number;
  readonly precision: number;
  readonly components: number;
  /** Samples interleaved, row-major. */
  readonly data: Uint16Array;
}

/**
 * Sequential DCT JPEG with Huffman coding (ITU-T T.81 processes 1, 2 and 4: SOF0/SOF1, 8- or
 * 12-bit), written here for DICOM JPEG Extended 12-bit (1.2.840.10008.1.2.4.51), which the
 * 8-bit libjpeg-turbo codec cannot decode. Components without subsampling only; no colour
 * transform (12-bit DICOM JPEG is monochrome in practice). Progressive/arithmetic: unsupported.
 */
export function decodeJpegDct(data: Uint8Array): DecodedJpeg {
  const u16 = (p: number) => (data[p] << 8) | data[p + 1];
  if (u16(0) !== 0xffd8) throw new Error('not a JPEG stream (no SOI marker)');
  const quant: Float64Array[] = [];
  const dcTables: HuffmanTable[] = [];
  const acTables: HuffmanTable[] = [];
  let frame: { precision: number; width: number; height: number; comps: Component[]; mcusX: number; mcusY: number } | undefined;
  let restartInterval = 0;
  let pos = 2;
  while (pos + 4 <= data.length) {
    if (data[pos] !== 0xff) {
      pos++;
      continue;
    }
    const marker = data[pos + 1];
    if (marker === 0xd9) break;
    if (marker === 0xff || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      pos += marker === 0xff ? 1 : 2;
      continue;
    }
    const len = u16(pos + 2);
    const seg = pos + 4;
    const end = pos + 2 + len;
    if (marker === 0xdb) {
      for (let p = seg; p < end; ) {
        const pq = data[p] >> 4;
        const tq = data[p] & 15;
        const q = new Float64Array(64);
        for (let k = 0; k < 64; k++) q[k] = pq ? u16(p + 1 + 2 * k) : data[p + 1 + k];
        quant[tq] = q;
        p += 1 + 64 * (pq ? 2 : 1);
      }
    } else if (marker === 0xc4) {
      for (let p = seg; p < end; ) {
        const tc = data[p] >> 4;
        const th = data[p] & 15;
        const counts = data.subarray(p + 1, p + 17);
        const total = counts.reduce((a, b) => a + b, 0);
        const table = buildHuffmanTable(counts, data.subarray(p + 17, p + 17 + total));
        (tc === 0 ? dcTables : acTables)[th] = table;
        p += 17 + total;
      }
    } else if (marker === 0xc0 || marker === 0xc1) {
      const precision = data[seg];
      const height = u16(seg + 1);
      const width = u16(seg + 3);
      const n = data[seg + 5];
      const comps: Component[] = [];
      for (let i = 0; i < n; i++) {
        const b = seg + 6 + 3 * i;
        comps.push({ id: data[b], h: data[b + 1] >> 4, v: data[b + 1] & 15, tq: data[b + 2], blocksPerLine: 0, blocksPerColumn: 0, plane: new Float64Array(0), pred: 0 });
      }
      if (comps.some((c) => c.h !== 1 || c.v !== 1)) throw new Error('subsampled JPEG components are not supported by the 12-bit decoder');
      const mcusX = Math.ceil(width / 8);
      const mcusY = Math.ceil(height / 8);
      for (const c of comps) {
        c.blocksPerLine = mcusX;
        c.blocksPerColumn = mcusY;
        c.plane = new Float64Array(mcusX * 8 * mcusY * 8);
      }
      frame = { precision, width, height, comps, mcusX, mcusY };
    } else if (marker >= 0xc2 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      throw new Error(`JPEG process SOF${marker - 0xc0} (progressive, lossless or arithmetic) is not supported by the DCT decoder`);
    } else if (marker === 0xdd) {
      restartInterval = u16(seg);
    } else if (marker === 0xda) {
      if (!frame) throw new Error('JPEG scan before frame header');
      const ns = data[seg];
      const scanComps: Component[] = [];
      for (let i = 0; i < ns; i++) {
        const c = frame.comps.find((x) => x.id === data[seg + 1 + 2 * i]);
        if (!c) throw new Error('JPEG scan names an unknown component');
        c.dc = dcTables[data[seg + 2 + 2 * i] >> 4];
        c.ac = acTables[data[seg + 2 + 2 * i] & 15];
        c.pred = 0;
        scanComps.push(c);
      }
      pos = decodeScan(data, end, frame, scanComps, quant, restartInterval);
      continue;
    }
    pos = end;
  }
  if (!frame) throw new Error('JPEG has no SOF0/SOF1 frame header');
  const { width, height, comps, precision } = frame;
  const out = new Uint16Array(width * height * comps.length);
  comps.forEach((c, ci) => {
    const stride = c.blocksPerLine * 8;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) out[(y * width + x) * comps.length + ci] = c.plane[y * stride + x];
  });
  return { width, height, precision, components: comps.length, data: out };
}

function decodeScan(
  data: Uint8Array,
  start: number,
  frame: { precision: number; comps: Component[]; mcusX: number; mcusY: number },
  comps: Component[],
  quant: Float64Array[],
  restartInterval: number,
): number {
  const reader = new BitReader(data, start);
  const coef = new Float64Array(64);
  const block = new Float64Array(64);
  const total = frame.mcusX * frame.mcusY;
  for (let m = 0; m < total; m++) {
    if (restartInterval && m > 0 && m % restartInterval === 0) {
      reader.restart();
      for (const c of comps) c.pred = 0;
    }
    const bx = m % frame.mcusX;
    const by = Math.floor(m / frame.mcusX);
    for (const c of comps) {
      const q = quant[c.tq];
      if (!q || !c.dc || !c.ac) throw new Error('JPEG scan references a missing table');
      coef.fill(0);
      const t = reader.decode(c.dc);
      c.pred += extend(reader.receive(t), t);
      coef[0] = c.pred * q[0];
      for (let k = 1; k < 64; ) {
        const rs = reader.decode(c.ac);
        const r = rs >> 4;
        const s = rs & 15;
        if (s === 0) {
          if (r !== 15) break;
          k += 16;
          continue;
        }
        k += r;
        if (k > 63) break;
        coef[ZIGZAG[k]] = extend(reader.receive(s), s) * q[k];
        k++;
      }
      idct8x8(coef, block, frame.precision);
      const stride = c.blocksPerLine * 8;
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) c.plane[(by * 8 + y) * stride + bx * 8 + x] = block[y * 8 + x];
    }
  }
  // Resume marker parsing after the entropy-coded data.
  let p = reader.position;
  while (p + 1 < data.length && !(data[p] === 0xff && data[p + 1] !== 0 && !(data[p + 1] >= 0xd0 && data[p + 1] <= 0xd7))) p++;
  return p;
}
