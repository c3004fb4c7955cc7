import { describe, expect, it } from 'vitest';
import { canonicalJson, configHash, inputHash, sha256 } from '../hashes';
import { itemFileName } from '../itemFileName';

describe('hashes', () => {
  it('canonicalJson sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, b: null }] })).toBe('{"a":[{"b":null,"d":2}],"b":1}');
  });
  it('sha256 of "abc" is the FIPS 180-2 test vector', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('configHash: key order does not matter, a changed option file does', () => {
    const a = configHash({ task: 'radiomics', options: { config: 'B', roi: 'r.json' }, files: { roi: 'h1' } });
    expect(configHash({ files: { roi: 'h1' }, options: { roi: 'r.json', config: 'B' }, task: 'radiomics' })).toBe(a);
    expect(configHash({ task: 'radiomics', options: { config: 'B', roi: 'r.json' }, files: { roi: 'h2' } })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{16}$/);
  });
  it('inputHash is independent of part order', () => {
    const p = [{ name: 'a', digest: '1' }, { name: 'b', digest: '2' }];
    expect(inputHash(p)).toBe(inputHash([...p].reverse()));
    expect(inputHash(p)).not.toBe(inputHash([{ name: 'a', digest: '1' }, { name: 'b', digest: '3' }]));
  });
  it('itemFileName is safe and tells keys apart that slug alike', () => {
    expect(itemFileName('P1/base')).toMatch(/^P1_base-[0-9a-f]{8}$/);
    expect(itemFileName('P1/base')).not.toBe(itemFileName('P1_base'));
    expect(itemFileName('../x')).toMatch(/^__x-[0-9a-f]{8}$/);
  });
});
