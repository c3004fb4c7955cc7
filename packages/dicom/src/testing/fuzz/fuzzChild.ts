// Child process of runFuzz: builds the corpus, then runs the cases it is told to, reporting each
// one before (so a hang or a crash is pinned on its case) and after. Run with `node --import tsx`.
import fc from 'fast-check';
import type { Seed } from './makeSeeds';
import { generatedSeeds, referenceSeeds } from './makeSeeds';
import type { Corpus, Mutation } from './mutations';
import { anyMutation, prepareCorpus, sweepCase, truncationSweep } from './mutations';
import { runCase } from './runCase';
import type { ChildInit, FromChild, ToChild } from './protocol';

let state: { corpus: Corpus; sweep: ReturnType<typeof truncationSweep>; arb: fc.Arbitrary<Mutation>; sentinels: Seed[]; init: ChildInit } | undefined;

const send = (m: FromChild) => process.send?.(m);

/** Case i of a run: the truncation sweep first, then random mutations seeded by (seed, i). */
export function caseAt(i: number): Mutation {
  const s = state!;
  if (i < s.sweep.length) return sweepCase(s.corpus, s.sweep[i]);
  return fc.sample(s.arb, { seed: (s.init.seed + i) | 0, numRuns: 1 })[0];
}

async function init(m: ChildInit) {
  const generated = await generatedSeeds();
  const reference = m.reference === 'none' ? [] : referenceSeeds(m.reference === 'small' ? 64 * 1024 : Infinity);
  const corpus = prepareCorpus([...generated, ...reference]);
  state = { corpus, sweep: truncationSweep(corpus, m.sweepSteps), arb: anyMutation(corpus, m.kinds), sentinels: generated, init: m };
  send({ type: 'ready', seeds: corpus.seeds.length, referenceSeeds: reference.length, sweep: state.sweep.length });
}

async function run(from: number, to: number, only?: readonly number[]) {
  const s = state!;
  for (let pos = from; pos < to; pos++) {
    const i = only ? only[pos] : pos;
    const m = caseAt(i);
    const sentinel = s.sentinels[i % s.sentinels.length];
    send({ type: 'start', pos, i, kind: m.kind, detail: m.detail, bytes: m.bytes.length });
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    let violations: readonly string[];
    let reason: string;
    try {
      const out = await runCase(m, sentinel);
      violations = out.violations;
      reason = out.errors.find((e) => e.file !== `valid/${sentinel.name}`)?.reason ?? '';
    } catch (e) {
      send({ type: 'crash', pos, i, message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
      continue;
    }
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    send({ type: 'done', pos, i, ms, cpuMs: (cpu.user + cpu.system) / 1000, violations, reason: reason.slice(0, 200), maxRssKb: process.resourceUsage().maxRSS });
  }
  send({ type: 'idle' });
}

process.on('message', (m: ToChild) => {
  const go = m.type === 'init' ? init(m) : run(m.from, m.to, m.only);
  go.catch((e) => {
    send({ type: 'fatal', message: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  });
});
process.on('unhandledRejection', (e) => send({ type: 'fatal', message: `unhandled rejection: ${e instanceof Error ? e.stack : String(e)}` }));
