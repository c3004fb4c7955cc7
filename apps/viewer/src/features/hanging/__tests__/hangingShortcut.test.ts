import { describe, expect, it } from 'vitest';
import { FEATURE_KEYS, SHORTCUTS, shortcutFor } from '../../toolbar/shortcuts';
import { MEASURE_KEYS } from '../../toolbar/measureKeys';

const ev = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false });
/** Every key the help lists, lower-cased ("K / A / P" → k, a, p). */
const listed = (key: string) => key.split(' / ').map((k) => (k.length === 1 ? k.toLowerCase() : k));

describe('hanging-protocol shortcut', () => {
  it('F4 steps to the next hanging protocol', () => {
    expect(shortcutFor(ev('F4'))?.action).toBe('hangingNext');
  });
  it('its key is bound to nothing else: global shortcuts, feature-panel keys, measure tools', () => {
    const all = [...SHORTCUTS.map((s) => s.key), ...FEATURE_KEYS.map((k) => k.key), ...MEASURE_KEYS.map((k) => k.key)].flatMap(listed);
    expect(all.filter((k) => k === 'F4')).toHaveLength(1);
  });
  it('no two global shortcuts or measure-tool keys share a key (case-insensitive)', () => {
    const keys = [...SHORTCUTS.map((s) => s.key), ...MEASURE_KEYS.map((k) => k.key)].flatMap(listed);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});
