import { describe, expect, it } from 'vitest';
import { mayGrab } from '../grabPolicy';

describe('mayGrab', () => {
  it('only a left press (left alone) grabs a measurement', () => {
    expect(mayGrab({ button: 0, buttons: 1 }, false)).toBe(true);
    expect(mayGrab({ button: 2, buttons: 2 }, false)).toBe(false);
    expect(mayGrab({ button: 1, buttons: 4 }, false)).toBe(false);
    // A left press while the right button is held (zooming): not an edit.
    expect(mayGrab({ button: 0, buttons: 3 }, false)).toBe(false);
  });
  it('a touch (no button) counts as primary; a locked lesion is never grabbed', () => {
    expect(mayGrab({}, false)).toBe(true);
    expect(mayGrab(undefined, false)).toBe(true);
    expect(mayGrab({ button: 0, buttons: 1 }, true)).toBe(false);
    expect(mayGrab({}, true)).toBe(false);
  });
});
