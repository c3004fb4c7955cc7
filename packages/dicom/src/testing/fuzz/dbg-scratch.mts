import { generatedSeeds, referenceSeeds } from './makeSeeds';
import { prepareCorpus, anyMutation } from './mutations';
import fc from 'fast-check';
import { parseInstance } from '../../parse/parseInstance';
import { decodeFrames } from '../../pixels/decodeFrames';
const corpus = prepareCorpus([...(await generatedSeeds()), ...referenceSeeds(64*1024)]);
const arb = anyMutation(corpus);
const i = Number(process.argv[2]);
const m = fc.sample(arb, { seed: (1 + i) | 0, numRuns: 1 })[0];
console.log(m.kind, m.detail);
const r = parseInstance(m.bytes, m.name);
console.log(r.ok ? 'parsed' : r.error.reason);
if (r.ok) { const d = await decodeFrames(r.value); console.log('hostile decode', d.ok ? 'ok' : d.error.reason, r.value.rows, r.value.columns, r.value.bitsAllocated, r.value.transferSyntaxUID); }
const v = corpus.seeds.find((s) => s.name === 'gen-j2k.dcm')!;
for (let k = 0; k < 3; k++) { const rv = parseInstance(v.bytes, 'v'); if (rv.ok) { const d = await decodeFrames(rv.value); console.log('valid decode', d.ok ? 'ok' : d.error.reason); } }
