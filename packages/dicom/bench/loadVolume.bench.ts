// Benchmark (not a test): parse + group + buildVolume of a synthetic 300-slice 512×512 CT in Node.
// Run: pnpm exec tsx packages/dicom/bench/loadVolume.bench.ts
import { writeSlice } from '../src/__fixtures__/writeDicom';
import { parseMany } from '../src/sources/parseMany';
import { groupSeries } from '../src/series/groupSeries';
import { buildVolume } from '../src/volume/buildVolume';

const N = 300;
const S = 512;
const files = Array.from({ length: N }, (_, k) => {
  const px = new Int16Array(S * S);
  for (let i = 0; i < px.length; i++) px[i] = (i + k) % 2000;
  return { name: `ct${k}.dcm`, bytes: writeSlice({ sop: `1.${k}`, ipp: [0, 0, 1.25 * k], iop: [1, 0, 0, 0, 1, 0], spacing: [0.7, 0.7], pixels: px, rows: S, columns: S, slope: 1, intercept: -1024 }) };
}).reverse();

const cpu0 = process.cpuUsage();
const t0 = performance.now();
const loaded = parseMany(files);
const t1 = performance.now();
const { series } = groupSeries(loaded.instances);
const t2 = performance.now();
const v = await buildVolume(series[0]);
const t3 = performance.now();
if (!v.ok) throw new Error(v.error.reason);
console.log(
  JSON.stringify({
    slices: N,
    size: `${S}x${S}`,
    parseMs: Math.round(t1 - t0),
    groupSortMs: Math.round(t2 - t1),
    decodeAndStackMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
    // CPU time is the fairer figure on a shared, loaded machine.
    cpuMs: Math.round((process.cpuUsage(cpu0).user + process.cpuUsage(cpu0).system) / 1000),
    loadAverage: (await import('node:os')).loadavg()[0],
    dataType: v.value.data.constructor.name,
  }),
);
