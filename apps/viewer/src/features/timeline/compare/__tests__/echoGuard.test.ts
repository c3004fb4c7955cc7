import { describe, expect, it } from 'vitest';
import { createEchoGuard } from '../echoGuard';

describe('echo guard', () => {
  it('swallows exactly the answers to our own requests, until they expire', () => {
    let t = 0;
    const g = createEchoGuard(1000, () => t);
    g.expect('prior', 'img-5');
    g.expect('prior', 'img-6');
    expect(g.consume('current', 'img-5')).toBe(false);
    expect(g.consume('prior', 'img-5')).toBe(true);
    expect(g.consume('prior', 'img-5')).toBe(false); // a later scroll to the same image is the reader's
    t = 2000;
    expect(g.consume('prior', 'img-6')).toBe(false); // superseded request never answered: expired
  });
});
