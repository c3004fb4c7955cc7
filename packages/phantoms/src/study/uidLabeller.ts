import { makeUid } from '../rng/makeUid';
import type { PhantomConfig } from './config';

/**
 * UIDs of one timepoint: label → makeUid(seed, '<namespace>:<timepoint>/<label>'), or
 * '<timepoint>/<label>' when the config has no namespace (the demo).
 */
export function uidLabeller(config: Pick<PhantomConfig, 'seed' | 'uidNamespace'>, timepointKey: string): (label: string) => string {
  const prefix = config.uidNamespace === undefined ? '' : `${config.uidNamespace}:`;
  return (label) => makeUid(config.seed, `${prefix}${timepointKey}/${label}`);
}
