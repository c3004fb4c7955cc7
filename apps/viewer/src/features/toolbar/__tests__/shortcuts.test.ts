import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor } from '../shortcuts';

const ev = (key: string, mod: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key, ctrlKey: false, metaKey: false, altKey: false, ...mod,
});

describe('shortcutFor', () => {
  it('maps keys case-insensitively to their action', () => {
    expect(shortcutFor(ev('W'))?.action).toBe('toolWindowLevel');
    expect(shortcutFor(ev('?'))?.action).toBe('help');
    expect(shortcutFor(ev('ArrowDown'))?.action).toBe('nextSlice');
  });
  it('ignores modified keys (browser shortcuts stay the browser’s)', () => {
    expect(shortcutFor(ev('r', { ctrlKey: true }))).toBeUndefined();
  });
  it('has no duplicate keys', () => {
    expect(new Set(SHORTCUTS.map((s) => s.key)).size).toBe(SHORTCUTS.length);
  });
});
