import { describe, expect, it } from 'vitest';
import { REMEMBER_KEY, readRemembered, writeRemembered } from '../rememberedProtocols';

const memory = (init: Record<string, string> = {}) => {
  const m = new Map(Object.entries(init));
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

describe('remembered protocols', () => {
  it('remembers per kind of study, replaces and forgets', () => {
    const s = memory();
    writeRemembered(s, 'CT+PT', 'ct-mpr');
    writeRemembered(s, 'CT|prior', 'prior-current');
    expect(readRemembered(s)).toEqual({ 'CT+PT': 'ct-mpr', 'CT|prior': 'prior-current' });
    writeRemembered(s, 'CT+PT', 'petct');
    expect(readRemembered(s)['CT+PT']).toBe('petct');
    expect(writeRemembered(s, 'CT+PT', undefined)).toEqual({ 'CT|prior': 'prior-current' });
  });
  it('a corrupt or foreign entry reads as nothing remembered; no storage is not an error', () => {
    expect(readRemembered(memory({ [REMEMBER_KEY]: '{oops' }))).toEqual({});
    expect(readRemembered(memory({ [REMEMBER_KEY]: '[1,2]' }))).toEqual({});
    expect(readRemembered(memory({ [REMEMBER_KEY]: '{"CT":3,"MR":"mr-dwi"}' }))).toEqual({ MR: 'mr-dwi' });
    expect(readRemembered(undefined)).toEqual({});
    expect(writeRemembered(undefined, 'CT', 'ct-mpr')).toEqual({ CT: 'ct-mpr' });
  });
});
