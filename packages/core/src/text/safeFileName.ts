import { cleanText } from './cleanText';

export interface SafeFileNameOptions {
  /** Longest name in characters, extension included (default 100; file systems allow 255 bytes). */
  readonly max?: number;
  /** Name used when nothing safe is left (default "caliper"). */
  readonly fallback?: string;
}

/** Device names Windows refuses as a file name, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function safeStem(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents off: "Müller" → "Muller"
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

/**
 * A download's file name from untrusted text (a case label, a lesion name, an ID): ASCII letters,
 * digits, "-" and "_" only (no path separators, no "..", no bidi controls that would show
 * "gpj.exe" as "exe.jpg", no shell or HTML metacharacters), at most `max` characters, the
 * extension (1–8 letters/digits after the last dot) kept, Windows device names avoided.
 */
export function safeFileName(raw: string, options: SafeFileNameOptions = {}): string {
  const max = options.max ?? 100;
  const fallback = safeStem(options.fallback ?? 'caliper') || 'caliper';
  const clean = cleanText(raw);
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(clean);
  const ext = m ? `.${m[1].toLowerCase()}` : '';
  let stem = safeStem(m ? clean.slice(0, m.index) : clean);
  stem = stem.slice(0, Math.max(1, max - ext.length)).replace(/[-_]+$/, '');
  if (!stem) stem = fallback.slice(0, Math.max(1, max - ext.length));
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem + ext;
}
