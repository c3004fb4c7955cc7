import { describe, expect, it } from 'vitest';
import { demoConfig, largeConfig, testConfig } from '../config';
import { uidLabeller } from '../uidLabeller';
import { generateInMemory } from './generateInMemory';

describe('uidLabeller', () => {
  it('demo UIDs are unchanged: the baseline CT series UID of public/demo/manifest.json (seed 1)', () => {
    const uid = uidLabeller(demoConfig(1), 'baseline');
    expect(uid('ct-series')).toBe('2.25.201850465713175411582871708739149737842');
    expect(uid('study')).toBe('2.25.120023033140847223933827220151608323486');
  });

  it('the --large set (same seed) has other study/series UIDs, the same on every run', () => {
    const demo = uidLabeller(demoConfig(1), 'baseline');
    const large = uidLabeller(largeConfig(1), 'baseline');
    for (const label of ['study', 'ct-series', 'pet-series', 'dwi-series', 't2-series', 'petct-frame-of-reference', 'ct-0']) {
      expect(large(label)).not.toBe(demo(label));
      expect(large(label)).toBe(uidLabeller(largeConfig(1), 'baseline')(label));
      expect(large(label)).toMatch(/^2\.25\.[1-9][0-9]{0,38}$/);
    }
  });

  it('a generated set with a namespace shares no study or series UID with the set without one', async () => {
    const base = { ...testConfig(2), timepoints: 1 as const };
    const a = await generateInMemory(base);
    const b = await generateInMemory({ ...base, uidNamespace: 'large' });
    const uids = (s: typeof a.set) => s.manifest.studies.flatMap((st) => [st.studyInstanceUID, ...st.series.flatMap((se) => [se.seriesInstanceUID])]);
    const ua = uids(a.set);
    const ub = new Set(uids(b.set));
    expect(ua.length).toBe(5); // study + CT, PET, DWI, T2
    expect(ua.filter((u) => ub.has(u))).toEqual([]);
  });
});
