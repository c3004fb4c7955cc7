#!/usr/bin/env node
// `pnpm --silent caliper <command> ...`: dispatch to one module per command.
// Contract: with --json exactly one JSON document goes to stdout; logs go to stderr.
import type { CommandModule } from './command';

const commands: Record<string, () => Promise<CommandModule>> = {
  info: () => import('./commands/info'),
  measure: () => import('./commands/measure'),
  adc: () => import('./commands/adc'),
  response: () => import('./commands/response'),
  radiomics: () => import('./commands/radiomics'),
  dce: () => import('./commands/dce'),
  burden: () => import('./commands/burden'),
  board: () => import('./commands/board'),
  batch: () => import('./commands/batch'),
};

function usage(): string {
  return [
    'usage: caliper <command> [options]',
    '',
    'commands:',
    '  info <path...> [--json] [--pixels]          series summary (+ per-instance pixel MD5)',
    '  measure <series-path> --roi <roi.json> [--json]   ROI statistics, RECIST, SUV, ADC',
    '  adc <dwi-path> --out <dir>                  write the ADC map as a DICOM series',
    '  response <timeline.json> --criteria <name> [--confirm] [--sd-min-days <n>] [--json]',
    '                                              tumour response (RECIST 1.1, iRECIST, mRECIST, Choi,',
    '                                              volumetric, PERCIST 1.0, Lugano, RECIP 1.0)',
    '  response --from-sr <sr files...> --criteria <name> [--json]   the same from Caliper SRs',
    '  radiomics <series-path...> --roi <roi.json|mask> --config <A|B|C|D|E|settings.json> [--json | --csv]   IBSI-1 features',
    '  dce <series-path...> (--t10 <ms> | --vfa <path>...) (--roi <roi.json>... | --out <dir>) [--model tofts|etofts|patlak|2cxm] [--aif parker|weinmann|roi:<roi.json>] [--json]   DCE-MRI Ktrans/kep/ve/vp (also --curves <csv>)',
    '  burden <pet-path...> --method suv2.5|suv4|pct41|percist|psma-suv3|psma-liver [--exclude auto|<mask>] [--json]   whole-body PET burden',
    '  board <timeline.json | SR files...> --criteria <name> --out <summary.pdf> [--label <text>] [--paper a4|letter] [--json]   tumour-board PDF summary',
    '  batch <manifest.csv|json> --task <measure|radiomics|burden|adc|response> --out <dir> [--jobs n] [--shard i/N] [--json]   a cohort (docs/batch.md)',
    '  batch merge <out-dir...> --out <dir> [--json]   merge shard outputs into one cohort table (CSV + Parquet)',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stderr.write(usage() + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`caliper: unknown command '${name}'\n${usage()}\n`);
    return 2;
  }
  const mod = await load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`caliper: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
