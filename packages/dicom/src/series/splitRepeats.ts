import type { DataSet } from 'dicom-parser';
import { str } from '../parse/readTags';
import type { RawSlice } from './expandSlices';
import { axesOf, dot } from './vec';

interface Discriminator {
  readonly name: string;
  read(ds: DataSet): string | number | undefined;
}

// Attributes that tell apart images acquired at the same positions within one series, in order of
// preference: diffusion b-value, temporal position (dynamic/multiphase), acquisition, echo, trigger.
const DISCRIMINATORS: readonly Discriminator[] = [
  { name: 'DiffusionBValue (0018,9087)', read: (ds) => (ds.elements.x00189087?.length === 8 ? ds.double('x00189087') : undefined) },
  { name: 'TemporalPositionIdentifier (0020,0100)', read: (ds) => str(ds, 'x00200100') },
  { name: 'AcquisitionNumber (0020,0012)', read: (ds) => str(ds, 'x00200012') },
  { name: 'EchoNumbers (0018,0086)', read: (ds) => str(ds, 'x00180086') },
  { name: 'TriggerTime (0018,1060)', read: (ds) => str(ds, 'x00181060') },
];

function hasRepeatedPositions(slices: readonly RawSlice[]): boolean {
  const o = slices[0]?.orientation;
  if (!o || slices.some((s) => !s.position)) return false;
  const n = axesOf(o).normal;
  const d = slices.map((s) => dot(s.position!, n)).sort((a, b) => a - b);
  return d.some((x, i) => i > 0 && Math.abs(x - d[i - 1]) < 1e-3);
}

/**
 * A single-frame series that repeats its slice positions (e.g. one DWI series holding every
 * b-value, or a multiphase CT) is split into one stack per value of the first discriminating
 * attribute whose groups have no repeated position. Otherwise the slices stay together (and are
 * flagged not-a-volume later).
 */
export function splitRepeats(slices: readonly RawSlice[]): { slices: RawSlice[]; splitReason?: string; stackLabel?: string }[] {
  if (!hasRepeatedPositions(slices) || slices.some((s) => s.instance.numberOfFrames > 1)) return [{ slices: [...slices] }];
  for (const d of DISCRIMINATORS) {
    const groups = new Map<string | number, RawSlice[]>();
    let complete = true;
    for (const s of slices) {
      const v = d.read(s.instance.dataSet);
      if (v === undefined) {
        complete = false;
        break;
      }
      const g = groups.get(v);
      if (g) g.push(s);
      else groups.set(v, [s]);
    }
    if (!complete || groups.size < 2 || [...groups.values()].some(hasRepeatedPositions)) continue;
    const keys = [...groups.keys()].sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), undefined, { numeric: true })));
    return keys.map((k) => ({
      slices: groups.get(k)!,
      splitReason: `series repeats its slice positions in ${keys.length} stacks; split by ${d.name}, this stack has ${d.name.split(' ')[0]} = ${k}`,
      stackLabel: `${d.name.split(' ')[0]} = ${k}`,
    }));
  }
  return [{ slices: [...slices] }];
}
