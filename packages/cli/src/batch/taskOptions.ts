import type { BatchTask } from '@caliper/batch';

/** An option `caliper batch` forwards to the task's command: its name, whether it takes a value, whether the value may be a file. */
interface TaskOption {
  readonly name: string;
  readonly value: boolean;
  /** The value is (or may be) a file: resolved to an absolute path and its bytes hashed into the config. */
  readonly file?: boolean;
}

const SUV = [{ name: 'weight-kg', value: true }, { name: 'dose-bq', value: true }, { name: 'injection', value: true }] as const;

/** The options each task accepts (the single-study command's own, minus --json/--out/--csv that batch sets). */
export const TASK_OPTIONS: Readonly<Record<BatchTask, readonly TaskOption[]>> = {
  measure: [{ name: 'roi', value: true, file: true }, { name: 'suv', value: true }, ...SUV],
  radiomics: [{ name: 'roi', value: true, file: true }, { name: 'config', value: true, file: true }],
  burden: [
    { name: 'method', value: true }, { name: 'min-volume-ml', value: true }, { name: 'exclude', value: true, file: true },
    { name: 'liver-center-mm', value: true }, { name: 'blood-center-mm', value: true }, ...SUV,
  ],
  adc: [],
  response: [{ name: 'criteria', value: true }, { name: 'confirm', value: false }, { name: 'sd-min-days', value: true }],
};

/** Options without which a task cannot run (checked before any item starts). */
export const REQUIRED_OPTIONS: Readonly<Record<BatchTask, readonly string[]>> = {
  measure: [],
  radiomics: ['config'],
  burden: ['method'],
  adc: [],
  response: ['criteria'],
};
