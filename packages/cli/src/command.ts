/** One CLI command: parses its own argv, returns the process exit code. */
export interface CommandModule {
  run(argv: string[]): Promise<number>;
}

/** Print exactly one JSON document on stdout (the --json contract). */
export function printJson(doc: unknown): void {
  process.stdout.write(JSON.stringify(doc, null, 2) + '\n');
}

/** Logs never go to stdout. */
export function log(message: string): void {
  process.stderr.write(message + '\n');
}
