export interface DemoArgs {
  readonly out: string | null;
  readonly large: boolean;
  readonly seed: number;
  readonly syntax: 'jpegls' | 'explicit' | null;
}

/** Parses `[--out dir] [--large] [--seed n] [--syntax jpegls|explicit]`; throws on anything else. */
export function parseArgs(argv: readonly string[]): DemoArgs {
  let out: string | null = null;
  let large = false;
  let seed = 1;
  let syntax: DemoArgs['syntax'] = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--large') large = true;
    else if (a === '--out' && i + 1 < argv.length) out = argv[++i];
    else if (a === '--seed' && i + 1 < argv.length) {
      seed = Number(argv[++i]);
      if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed needs a non-negative integer, got ${argv[i]}`);
    } else if (a === '--syntax' && (argv[i + 1] === 'jpegls' || argv[i + 1] === 'explicit')) syntax = argv[++i] as 'jpegls' | 'explicit';
    else throw new Error(`unknown argument ${a}; usage: generateDemo [--out dir] [--large] [--seed n] [--syntax jpegls|explicit]`);
  }
  if (large && out === null) throw new Error('--large writes benchmark data: give --out <dir> (never public/demo)');
  return { out, large, seed, syntax };
}
