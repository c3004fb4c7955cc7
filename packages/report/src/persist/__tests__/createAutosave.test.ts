import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutosave } from '../createAutosave';
import { syntheticReading } from '../../fixtures/syntheticReading';
import type { Reading } from '../../model/schema';

const at = (updatedAt: string): Reading => ({ ...syntheticReading(), updatedAt });

describe('createAutosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once, the latest state, after the quiet period', async () => {
    const saved: string[] = [];
    const a = createAutosave(async (r) => { saved.push(r.updatedAt); }, { delayMs: 100 });
    a.schedule(at('2026-01-01T00:00:01Z'));
    await vi.advanceTimersByTimeAsync(60);
    a.schedule(at('2026-01-01T00:00:02Z'));
    await vi.advanceTimersByTimeAsync(60);
    expect(saved).toEqual([]);
    expect(a.pending).toBe(true);
    await vi.advanceTimersByTimeAsync(50);
    expect(saved).toEqual(['2026-01-01T00:00:02Z']);
    expect(a.pending).toBe(false);
  });

  it('flush saves immediately; saves never overlap and land in order', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const a = createAutosave(async (r) => {
      log.push(`start ${r.updatedAt}`);
      if (r.updatedAt.endsWith('1Z')) await new Promise<void>((res) => { release = res; });
      log.push(`end ${r.updatedAt}`);
    }, { delayMs: 1000 });
    a.schedule(at('2026-01-01T00:00:01Z'));
    const first = a.flush();
    a.schedule(at('2026-01-01T00:00:02Z'));
    const second = a.flush();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await first;
    await second;
    expect(log).toEqual(['start 2026-01-01T00:00:01Z', 'end 2026-01-01T00:00:01Z', 'start 2026-01-01T00:00:02Z', 'end 2026-01-01T00:00:02Z']);
  });

  it('a failed save is reported and retried with the next flush', async () => {
    let fail = true;
    const saved: string[] = [];
    const errors: unknown[] = [];
    const a = createAutosave(async (r) => {
      if (fail) throw new Error('QuotaExceededError');
      saved.push(r.updatedAt);
    }, { delayMs: 10, onError: (e) => errors.push(e) });
    a.schedule(at('2026-01-01T00:00:05Z'));
    await vi.advanceTimersByTimeAsync(20);
    expect(errors).toHaveLength(1);
    expect(a.pending).toBe(true);
    fail = false;
    await a.flush();
    expect(saved).toEqual(['2026-01-01T00:00:05Z']);
    expect(a.pending).toBe(false);
  });
});
