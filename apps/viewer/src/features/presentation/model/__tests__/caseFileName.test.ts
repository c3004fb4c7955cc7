import { describe, expect, it } from 'vitest';
import { caseFileName } from '../caseFileName';

describe('caseFileName', () => {
  it('slugs the case label and appends the suffix', () => {
    expect(caseFileName('Case 3, lung', 'summary.pdf')).toBe('case-3-lung-summary.pdf');
    expect(caseFileName('  ', 'slide.png')).toBe('case-slide.png');
    expect(caseFileName('Ünïcode / ../etc', 'lesions.csv')).toBe('n-code-etc-lesions.csv');
    expect(caseFileName(`<script>${'x'.repeat(10_000)}`, 'summary.pdf')).toBe(`script-${'x'.repeat(73)}-summary.pdf`);
  });
});
