import type { Mask, Volume } from '@caliper/core';
import type { Instance } from '@caliper/dicom';
import type { MeasureResult, RadiomicsResult, RadiomicsSettings } from '@caliper/engine';

/** What a single-study command measured, handed to an in-process caller (batch writes SR and SEG from it). */
export interface MeasuredRoi {
  readonly volume: Volume;
  readonly mask: Mask;
  /** The series' instances in slice order (k), when the volume is an acquired series (not a fitted map). */
  readonly instances: readonly Instance[] | null;
  readonly measure?: MeasureResult;
  readonly radiomics?: { readonly result: RadiomicsResult; readonly settings: RadiomicsSettings };
}

/** Callbacks of an in-process caller; the command line passes none. */
export interface CommandHooks {
  readonly onMeasured?: (m: MeasuredRoi) => void;
}

/** One CLI command: parses its own argv, returns the process exit code. */
export interface CommandModule {
  run(argv: string[], hooks?: CommandHooks): Promise<number>;
}

/** Print exactly one JSON document on stdout (the --json contract). */
export function printJson(doc: unknown): void {
  process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
}

/** Logs never go to stdout. */
export function log(message: string): void {
  process.stderr.write(message + '\n');
}

/** Bad usage detected while parsing a command's arguments (exit 2). */
export class UsageError extends Error {}

/** Reports bad usage: the reason and usage on stderr, `{"error"}` on stdout with --json; exit code 2. */
export function usageExit(command: string, e: UsageError, usage: string, argv: readonly string[]): number {
  log(`caliper ${command}: ${e.message}\n${usage}`);
  if (argv.includes('--json')) printJson({ error: e.message });
  return 2;
}

/** A reporter of a command's failures: stderr, and `{"error"}` on stdout with --json; returns the exit code. */
export function failer(command: string, json: boolean): (message: string, code: number) => number {
  return (message, code) => {
    log(`caliper ${command}: ${message}`);
    if (json) printJson({ error: message });
    return code;
  };
}
