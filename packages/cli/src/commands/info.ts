import { log } from '../command';

export async function run(_argv: string[]): Promise<number> {
  log('caliper info: not implemented yet');
  return 1;
}
