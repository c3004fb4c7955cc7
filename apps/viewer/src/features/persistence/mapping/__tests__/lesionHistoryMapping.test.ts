import { describe, expect, it } from 'vitest';
import { readingSchema } from '@caliper/report';
import type { LesionEdit } from '../../../measure/model/lesion';
import { fromReading } from '../fromReading';
import { toReading } from '../toReading';
import { lesions, lookup, results, STUDY } from './fixtures';

const history: LesionEdit[] = [
  { at: '2026-11-27T10:05:00.000Z', via: 'edit', fields: ['shape'], before: { name: 'long axis', value: 40, unit: 'mm' }, after: { name: 'long axis', value: 42.5, unit: 'mm' } },
  { at: '2026-11-27T10:06:00.000Z', via: 'undo', fields: ['shape'], before: { name: 'long axis', value: 42.5, unit: 'mm' }, after: { name: 'long axis', value: 40, unit: 'mm' } },
  { at: '2026-11-27T10:07:00.000Z', via: 'edit', fields: ['locked'] },
];

describe('a lesion\'s lock and history in the reading', () => {
  const input = () => lesions().map((l, i) => (i === 0 ? { ...l, locked: true, history } : l));
  const build = () => toReading({ studyInstanceUID: STUDY, lesions: input(), results: results(), series: lookup, createdAt: '2026-11-27T10:00:00.000Z', now: '2026-11-27T11:00:00.000Z' });

  it('are saved (schema-valid) and only where there are any', () => {
    const { reading } = build();
    expect(readingSchema.safeParse(reading).success).toBe(true);
    expect(reading.lesions[0]).toMatchObject({ locked: true, history });
    expect(reading.lesions[1].locked).toBeUndefined();
    expect(reading.lesions[1].history).toBeUndefined();
  });

  it('come back when the reading is opened', () => {
    let v = 0;
    const { lesions: back } = fromReading(build().reading, lookup, () => ++v);
    expect(back[0].locked).toBe(true);
    expect(back[0].history).toEqual(history);
    expect(back[1].locked).toBeUndefined();
  });

  it('a history entry that is not one (bad time, unknown via) makes the reading invalid', () => {
    const { reading } = build();
    const bad = { ...reading, lesions: [{ ...reading.lesions[0], history: [{ ...history[0], at: 'yesterday' }] }, ...reading.lesions.slice(1)] };
    expect(readingSchema.safeParse(bad).success).toBe(false);
    const bad2 = { ...reading, lesions: [{ ...reading.lesions[0], history: [{ ...history[0], via: 'silently' }] }, ...reading.lesions.slice(1)] };
    expect(readingSchema.safeParse(bad2).success).toBe(false);
  });
});
