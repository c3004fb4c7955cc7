import { describe, expect, it } from 'vitest';
import { adcSeriesDescription } from '../adcSeriesDescription';
import { derivedAdcSeriesUid } from '../derivedAdcSeriesUid';

describe('adcSeriesDescription', () => {
  it('names the method and every b-value (s/mm²) in ascending input order', () => {
    expect(adcSeriesDescription([0, 50, 400, 800])).toBe('ADC map (Caliper, log-linear fit b=0,50,400,800)');
    expect(adcSeriesDescription([0, 1000])).toBe('ADC map (Caliper, log-linear fit b=0,1000)');
  });
  it('rounds b-values read from headers as decimals (e.g. 799.9996)', () => {
    expect(adcSeriesDescription([0.0004, 799.9996])).toBe('ADC map (Caliper, log-linear fit b=0,800)');
  });
});

describe('derivedAdcSeriesUid', () => {
  const UID_RE = /^(0|[1-9]\d*)(\.(0|[1-9]\d*))*$/;
  it('appends .8001 when the result fits in 64 characters', () => {
    expect(derivedAdcSeriesUid('2.25.25933088912781190436731226048261320004')).toBe('2.25.25933088912781190436731226048261320004.8001');
  });
  it('falls back to a 2.25 UID (valid, ≤ 64 chars, deterministic, source-specific) for long sources', () => {
    const a = '1.2.826.0.1.3680043.8.498.12345678901234567890123456789012345678';
    const b = '1.2.826.0.1.3680043.8.498.12345678901234567890123456789012345679';
    const ua = derivedAdcSeriesUid(a);
    expect(ua).toMatch(/^2\.25\.[1-9]\d*$/);
    expect(ua).toMatch(UID_RE);
    expect(ua.length).toBeLessThanOrEqual(64);
    expect(derivedAdcSeriesUid(a)).toBe(ua);
    expect(derivedAdcSeriesUid(b)).not.toBe(ua);
  });
  it('never contains a colon (volume ids are <scheme>:<series UID>)', () => {
    expect(derivedAdcSeriesUid('1.2.3')).not.toContain(':');
  });
});
