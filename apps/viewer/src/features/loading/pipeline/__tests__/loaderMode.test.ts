import { describe, expect, it } from 'vitest';
import { loaderMode } from '../loaderMode';

describe('loaderMode', () => {
  it("is Caliper's pipeline unless the URL asks for Cornerstone's stock path", () => {
    expect(loaderMode('')).toBe('caliper');
    expect(loaderMode('?loader=caliper')).toBe('caliper');
    expect(loaderMode('?bench&loader=cornerstone')).toBe('cornerstone');
    expect(loaderMode('?loader=other')).toBe('caliper');
  });
});
