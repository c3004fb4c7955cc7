import fc from 'fast-check';
import { deflateSync, zipSync } from 'fflate';
import type { Seed } from './makeSeeds';
import type { ElementMap } from './mapElements';
import { mapElements } from './mapElements';
import { cutFragment, flipBytes, nestSequences, replaceTransferSyntax, replaceValue, setLength, truncateAt, usValue } from './mutateBytes';
import type { ZipEntry } from './writeZip';
import { crc32 } from './crc32';
import { writeZip } from './writeZip';

export const KINDS = [
  'truncate',
  'length',
  'zero-length',
  'huge-length',
  'transfer-syntax',
  'deep-sequence',
  'byte-flip',
  'frame-cut',
  'huge-dimension',
  'zip-bomb',
  'zip-traversal',
] as const;
export type MutationKind = (typeof KINDS)[number];

/** One hostile file: what was done to which seed, and (for archives) entries that must still load. */
export interface Mutation {
  readonly kind: MutationKind;
  readonly detail: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly mustLoad?: readonly string[];
}

export interface Corpus {
  readonly seeds: readonly Seed[];
  readonly maps: readonly ElementMap[];
  /** 16 MiB of zeros, deflated once (≈ 16 KiB): the payload of the zip bombs. */
  readonly zeros: { readonly deflated: Uint8Array; readonly size: number; readonly crc: number };
}

export function prepareCorpus(seeds: readonly Seed[]): Corpus {
  const size = 16 << 20;
  const zeros = new Uint8Array(size);
  return { seeds, maps: seeds.map((s) => mapElements(s.bytes)), zeros: { deflated: deflateSync(zeros, { level: 9 }), size, crc: crc32(zeros) } };
}

const KNOWN_UIDS = [
  '1.2.840.10008.1.2',
  '1.2.840.10008.1.2.1',
  '1.2.840.10008.1.2.1.99',
  '1.2.840.10008.1.2.2',
  '1.2.840.10008.1.2.4.50',
  '1.2.840.10008.1.2.4.51',
  '1.2.840.10008.1.2.4.57',
  '1.2.840.10008.1.2.4.70',
  '1.2.840.10008.1.2.4.80',
  '1.2.840.10008.1.2.4.90',
  '1.2.840.10008.1.2.4.201',
  '1.2.840.10008.1.2.5',
];
// MPEG-2, HEVC, JPEG XL, a private one, an empty value, junk and a 200-character value.
const UNKNOWN_UIDS = ['1.2.840.10008.1.2.4.100', '1.2.840.10008.1.2.4.107', '1.2.840.10008.1.2.4.110', '1.3.6.1.4.1.5962.300.1', '', '\0\0', 'not-a-uid<script>', '9'.repeat(200)];
const DIMENSIONS: readonly (readonly [string, string, number | undefined])[] = [
  ['x00280008', '999999999', undefined],
  ['x00280008', '2147483647', undefined],
  ['x00280008', '65536', undefined],
  ['x00280008', '-1', undefined],
  ['x00280008', '1e9', undefined],
  ['x00280010', '', 65535],
  ['x00280011', '', 65535],
  ['x00280010', '', 0],
  ['x00280100', '', 64],
  ['x00280100', '', 32],
  ['x00280002', '', 65535],
];
const HUGE = [0xffffffff, 0xfffffffe, 0x7fffffff, 0x80000000, 0xffff, 0xfffe];
const EVIL_NAMES = ['../../etc/passwd.dcm', '/abs/path.dcm', 'C:\\Windows\\x.dcm', '..\\..\\x.dcm', 'a/../../b.dcm', 'nul\0byte.dcm', 'dir/./../../up.dcm', '//server/share.dcm'];
const ODD_NAMES = ['\u202egnp.dcm', '<img src=x onerror=alert(1)>.dcm', `${'x'.repeat(4000)}.dcm`, 'ünïcødé/名前.dcm'];

function pick<T>(items: readonly T[], n: number): T {
  return items[n % items.length];
}

function fileName(kind: MutationKind, seed: Seed, detail: string): string {
  return `${kind}--${seed.name.replace(/[/\\]/g, '_')}--${detail.replace(/[^\w.=-]+/g, '_').slice(0, 60)}.dcm`;
}

function dicomCase(kind: MutationKind, seed: Seed, detail: string, bytes: Uint8Array): Mutation {
  return { kind, detail: `${seed.name}: ${detail}`, name: fileName(kind, seed, detail), bytes };
}

const seedIndex = (c: Corpus) => fc.nat({ max: c.seeds.length - 1 });

function lengthCase(c: Corpus, kind: MutationKind, value: fc.Arbitrary<(field: { length: number }, fileSize: number) => number>) {
  return fc.tuple(seedIndex(c), fc.nat(), value).map(([s, f, v]) => {
    const field = pick(c.maps[s].fields, f);
    const n = v(field, c.seeds[s].bytes.length);
    return dicomCase(kind, c.seeds[s], `${field.tag}@${field.at} length ${field.length}->${n}`, setLength(c.seeds[s].bytes, field, n));
  });
}

function zipBomb(c: Corpus, variant: number, valid: Seed): Mutation {
  const z = c.zeros;
  const bomb = (name: string, size = z.size): ZipEntry => ({ name, stored: z.deflated, method: 8, size, crc: z.crc });
  const ok: ZipEntry = { name: 'valid/ok.dcm', stored: valid.bytes, method: 0, size: valid.bytes.length, crc: crc32(valid.bytes) };
  const variants: [string, () => Uint8Array][] = [
    // 300 records sharing one 16 MiB deflate stream: 4.7 GiB declared from 16 KiB (overlapping-entry bomb).
    ['overlap', () => writeZip([bomb('zeros.dcm'), ok, ...Array.from({ length: 300 }, (_, k): ZipEntry => ({ ...bomb(`zeros-${k}.dcm`), sameDataAs: 0 }))])],
    // Declares 4 GiB for 16 KiB of deflate: more than deflate's 1032:1 can give.
    ['declared-4GiB', () => writeZip([bomb('big.dcm', 0xffffffff), ok])],
    // Declares 10 bytes for 16 MiB of zeros: must stop at the declared size.
    ['lying-small', () => writeZip([bomb('small.dcm', 10), ok])],
    // An honest 16 MiB entry of zeros (not DICOM), beside a valid one.
    ['honest-16MiB', () => writeZip([bomb('zeros.dcm'), ok])],
    // End record declaring 65 535 entries in a 2-entry archive.
    ['entry-count', () => writeZip([bomb('zeros.dcm'), ok], 0xffff)],
    // A zip inside a zip inside a zip (never expanded recursively).
    ['nested', () => zipSync({ 'inner.zip': zipSync({ 'inner2.zip': zipSync({ 'a.dcm': valid.bytes }) }), 'valid/ok.dcm': valid.bytes })],
  ];
  const [label, make] = pick(variants, variant);
  const mustLoad = label === 'entry-count' ? [] : ['valid/ok.dcm'];
  return { kind: 'zip-bomb', detail: `${label} (+ ${valid.name})`, name: `zip-bomb--${label}.zip`, bytes: make(), mustLoad };
}

function zipTraversal(name: string, valid: Seed, other: Seed): Mutation {
  const entries: ZipEntry[] = [
    { name, stored: valid.bytes, method: 0, size: valid.bytes.length, crc: crc32(valid.bytes) },
    { name: 'safe/ok.dcm', stored: other.bytes, method: 0, size: other.bytes.length, crc: crc32(other.bytes) },
  ];
  const safe = ODD_NAMES.includes(name) ? [name, 'safe/ok.dcm'] : ['safe/ok.dcm'];
  return { kind: 'zip-traversal', detail: `entry ${JSON.stringify(name.slice(0, 40))}`, name: 'zip-traversal.zip', bytes: writeZip(entries), mustLoad: safe };
}

/** fast-check arbitrary of one mutation of the given kind. */
export function mutationOf(c: Corpus, kind: MutationKind): fc.Arbitrary<Mutation> {
  const seeds = c.seeds;
  const spliceable = seeds.map((_, i) => i).filter((i) => c.maps[i].pixelTagAt !== undefined);
  const fragmented = seeds.map((_, i) => i).filter((i) => c.maps[i].fragments.length > 0);
  const generated = seeds.filter((s) => s.origin === 'generated');
  switch (kind) {
    case 'truncate':
      return fc.tuple(seedIndex(c), fc.nat()).map(([s, n]) => {
        const at = n % seeds[s].bytes.length;
        return dicomCase(kind, seeds[s], `cut at ${at}/${seeds[s].bytes.length}`, truncateAt(seeds[s].bytes, at));
      });
    case 'length':
      return lengthCase(
        c,
        kind,
        fc.oneof(
          fc.integer({ min: -8, max: 8 }).map((d) => (f: { length: number }) => Math.max(0, f.length + d)),
          fc.integer({ min: 0, max: 0xffff }).map((v) => () => v),
          fc.integer({ min: 0, max: 0xffffffff }).map((v) => () => v),
          fc.integer({ min: 2, max: 16 }).map((k) => (f: { length: number }) => f.length * k),
        ),
      );
    case 'zero-length':
      return lengthCase(c, kind, fc.constant(() => 0));
    case 'huge-length':
      return lengthCase(
        c,
        kind,
        fc.oneof(
          fc.constantFrom(...HUGE).map((v) => () => v),
          fc.integer({ min: 1, max: 64 }).map((k) => (_f: { length: number }, size: number) => size + k),
        ),
      );
    case 'transfer-syntax':
      return fc
        .tuple(seedIndex(c), fc.oneof(fc.constantFrom(...KNOWN_UIDS), fc.constantFrom(...UNKNOWN_UIDS), fc.stringMatching(/^[0-9.]{1,64}$/)))
        .map(([s, uid]) => dicomCase(kind, seeds[s], `TS ${c.maps[s].transferSyntaxUID} -> ${JSON.stringify(uid.slice(0, 40))}`, replaceTransferSyntax(seeds[s].bytes, c.maps[s], uid)));
    case 'deep-sequence':
      return fc
        .tuple(fc.constantFrom(...spliceable), fc.oneof(fc.constant(1000), fc.integer({ min: 1, max: 3000 }), fc.constant(20000)), fc.boolean())
        .map(([s, depth, undef]) => dicomCase(kind, seeds[s], `${depth} deep, ${undef ? 'undefined' : 'defined'} lengths`, nestSequences(seeds[s].bytes, c.maps[s], depth, undef)));
    case 'byte-flip':
      return fc
        .tuple(seedIndex(c), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 16 }))
        .map(([s, flips]) => dicomCase(kind, seeds[s], `${flips.length} flips from @${flips[0][0] % seeds[s].bytes.length}`, flipBytes(seeds[s].bytes, flips)));
    case 'frame-cut':
      return fc.tuple(fc.constantFrom(...fragmented), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })).map(([s, f, frac]) => {
        const frag = c.maps[s].fragments[f % c.maps[s].fragments.length];
        const keep = Math.floor(frac * frag.length);
        return dicomCase(kind, seeds[s], `fragment ${f % c.maps[s].fragments.length} cut to ${keep}/${frag.length}`, cutFragment(seeds[s].bytes, c.maps[s], f, keep));
      });
    case 'huge-dimension':
      // Rows × Columns × NumberOfFrames × BitsAllocated is how much a decoder allocates: it must be
      // checked against the bytes present before anything is allocated.
      return fc.tuple(seedIndex(c), fc.constantFrom(...DIMENSIONS)).map(([s, [tag, text, us]]) => {
        const map = c.maps[s];
        const value = us !== undefined ? usValue(us, tag.startsWith('x0002') || map.littleEndian) : new TextEncoder().encode(text.length % 2 ? `${text} ` : text);
        return dicomCase(kind, seeds[s], `${tag} = ${us ?? text}`, replaceValue(seeds[s].bytes, map, tag, value));
      });
    case 'zip-bomb':
      return fc.tuple(fc.nat(), fc.nat()).map(([v, s]) => zipBomb(c, v, pick(generated, s)));
    case 'zip-traversal':
      return fc.tuple(fc.constantFrom(...EVIL_NAMES, ...ODD_NAMES), fc.nat(), fc.nat()).map(([n, a, b]) => zipTraversal(n, pick(generated, a), pick(generated, b + 1)));
  }
}

/** Any kind, equally often. */
export function anyMutation(c: Corpus, kinds: readonly MutationKind[] = KINDS): fc.Arbitrary<Mutation> {
  return fc.oneof(...kinds.map((k) => mutationOf(c, k)));
}

/** Truncation sweep: every seed cut at `steps` evenly spaced offsets (every byte when shorter). */
export function truncationSweep(c: Corpus, steps: number): { readonly seed: number; readonly at: number }[] {
  const out: { seed: number; at: number }[] = [];
  c.seeds.forEach((s, i) => {
    const step = Math.max(1, Math.ceil(s.bytes.length / steps));
    for (let at = 0; at < s.bytes.length; at += step) out.push({ seed: i, at });
  });
  return out;
}

export function sweepCase(c: Corpus, cut: { readonly seed: number; readonly at: number }): Mutation {
  const s = c.seeds[cut.seed];
  return dicomCase('truncate', s, `sweep cut at ${cut.at}/${s.bytes.length}`, truncateAt(s.bytes, cut.at));
}
