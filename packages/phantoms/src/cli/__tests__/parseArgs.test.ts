import { describe, expect, it } from 'vitest';
import { parseArgs } from '../parseArgs';

describe('generateDemo arguments', () => {
  it('defaults: public/demo, seed 1, demo size', () => {
    expect(parseArgs([])).toEqual({ out: null, large: false, seed: 1, syntax: null });
  });
  it('reads --out, --seed, --large and --syntax', () => {
    expect(parseArgs(['--large', '--out', '/tmp/x', '--seed', '42', '--syntax', 'explicit'])).toEqual({ out: '/tmp/x', large: true, seed: 42, syntax: 'explicit' });
  });
  it('refuses --large without --out, bad seeds and unknown options', () => {
    expect(() => parseArgs(['--large'])).toThrow(/--out/);
    expect(() => parseArgs(['--seed', '-3'])).toThrow(/seed/);
    expect(() => parseArgs(['--fast'])).toThrow(/unknown argument/);
  });
});
