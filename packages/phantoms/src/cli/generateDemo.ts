import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoConfig, largeConfig } from '../study/config';
import { generatePhantomSet } from '../study/generatePhantomSet';
import { parseArgs } from './parseArgs';

/** `pnpm run demo`: writes the demo studies (DICOM, manifest.json, truth/) into public/demo, or --out. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
  const out = path.resolve(args.out ?? path.join(repoRoot, 'public/demo'));
  const base = args.large ? largeConfig(args.seed) : demoConfig(args.seed);
  const config = args.syntax ? { ...base, transferSyntax: args.syntax } : base;
  const t0 = Date.now();
  rmSync(out, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const dirs = new Set<string>();
  const set = await generatePhantomSet(config, (rel, data) => {
    const file = path.join(out, rel);
    const dir = path.dirname(file);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(file, data);
    files++;
    bytes += data.byteLength;
  });
  const s = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`phantoms: ${set.manifest.studies.length} studies, ${files} files, ${(bytes / 1e6).toFixed(1)} MB (${config.transferSyntax}) in ${s} s -> ${out}`);
  for (const tp of set.responseCourse?.timepoints ?? []) {
    const r = tp.recist;
    const p = tp.percist;
    const pct = (x: number | null) => (x === null ? '' : ` (${x >= 0 ? '+' : ''}${x.toFixed(1)} %)`);
    console.log(`  ${tp.date} ${tp.timepoint}: RECIST sum ${r.sumMm.toFixed(1)} mm${pct(r.changeFromBaselinePct)} ${r.response}; PERCIST ${p.hottestLesion} SULpeak ${p.hottestSulPeak.toFixed(2)}${pct(p.changeFromBaselinePct)} ${p.response}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
