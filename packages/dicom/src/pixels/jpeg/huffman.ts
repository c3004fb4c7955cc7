/** A Huffman table as ITU-T T.81 F.2.2.3 decodes it: per code length, max code and first value index. */
export interface HuffmanTable {
  readonly maxCode: Int32Array; // [17], -1 when no code of that length
  readonly valPtr: Int32Array; // [17]
  readonly minCode: Int32Array; // [17]
  readonly values: Uint8Array;
}

/** Build from the DHT segment's 16 code-length counts and symbol values (T.81 Annex C). */
export function buildHuffmanTable(counts: Uint8Array, values: Uint8Array): HuffmanTable {
  const maxCode = new Int32Array(17).fill(-1);
  const valPtr = new Int32Array(17);
  const minCode = new Int32Array(17);
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    const n = counts[len - 1];
    if (n > 0) {
      valPtr[len] = k;
      minCode[len] = code;
      code += n;
      k += n;
      maxCode[len] = code - 1;
    }
    code <<= 1;
  }
  return { maxCode, valPtr, minCode, values };
}

/** Entropy-coded segment reader: removes 0xFF00 stuffing, stops at markers (then yields zero bits). */
export class BitReader {
  private pos: number;
  private bits = 0;
  private count = 0;
  marker = -1;

  constructor(
    private readonly data: Uint8Array,
    start: number,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  private fill(): void {
    let byte = 0;
    if (this.marker < 0 && this.pos < this.data.length) {
      byte = this.data[this.pos];
      if (byte === 0xff) {
        const next = this.data[this.pos + 1];
        if (next === 0x00) this.pos += 2;
        else {
          this.marker = next;
          byte = 0;
        }
      } else this.pos++;
    }
    this.bits = (this.bits << 8) | byte;
    this.count += 8;
  }

  bit(): number {
    if (this.count === 0) this.fill();
    this.count--;
    return (this.bits >> this.count) & 1;
  }

  receive(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | this.bit();
    return v;
  }

  decode(t: HuffmanTable): number {
    let code = 0;
    for (let len = 1; len <= 16; len++) {
      code = (code << 1) | this.bit();
      if (t.maxCode[len] >= 0 && code <= t.maxCode[len]) return t.values[t.valPtr[len] + code - t.minCode[len]];
    }
    throw new Error('invalid Huffman code in JPEG data');
  }

  /** At a restart interval: drop the partial byte, skip the RSTn marker. */
  restart(): void {
    this.bits = 0;
    this.count = 0;
    if (this.marker >= 0xd0 && this.marker <= 0xd7) {
      this.pos += 2;
      this.marker = -1;
    } else {
      // Find the next RST marker (tolerate padding).
      while (this.pos + 1 < this.data.length && !(this.data[this.pos] === 0xff && this.data[this.pos + 1] >= 0xd0 && this.data[this.pos + 1] <= 0xd7)) this.pos++;
      this.pos += 2;
      this.marker = -1;
    }
  }
}

/** T.81 F.2.2.1 EXTEND: the s-bit magnitude category to a signed value. */
export function extend(v: number, s: number): number {
  return s === 0 ? 0 : v < 1 << (s - 1) ? v - (1 << s) + 1 : v;
}
