/**
 * Untrusted-text payloads for the hostile-strings phantom (issue 16): markup that would run script
 * if a viewer parsed it as HTML, CSS breaking out of a <style>, Unicode bidi controls (U+202E
 * right-to-left override, U+2066–U+2069 isolates: "Trojan Source", CVE-2021-42574) and a
 * 10 000-character value. Each payload that could run code sets `window[HOSTILE_FLAG]`.
 */
export const HOSTILE_FLAG = '__caliperHostileRan';

const img = `<img src=x onerror="window.${HOSTILE_FLAG}='img'">`;
const script = `<script>window.${HOSTILE_FLAG}='script'</script>`;
const style = `</style><style>*{display:none}</style>`;
const svg = `<svg onload="window.${HOSTILE_FLAG}='svg'">`;
const RLO = '\u202E';
const LRI = '\u2066', RLI = '\u2067', FSI = '\u2068', PDI = '\u2069';

/** Length of the long values, in characters. */
export const LONG_LENGTH = 10_000;
const long = (prefix: string): string => (prefix + 'X'.repeat(LONG_LENGTH)).slice(0, LONG_LENGTH);

export const HOSTILE = {
  /** PN: family name with an image payload, given name reversed by an RLO. */
  patientName: `Evil${img}^${RLO}nhoJ`,
  patientId: `ID${RLI}-1${PDI}${svg}`,
  studyDescription: `Study ${script} ${style}`,
  seriesDescription: long(`Series ${img} ${LRI}iso${PDI} `),
  institutionName: `${FSI}Hospital${PDI} ${script}`,
  /** SR lesion names (Tracking Identifier, UT): one short, one 10 000 characters. */
  lesionName: `Lesion ${img}${RLO}gpj.exe`,
  longLesionName: long(`Lesion2 ${svg} ${RLO}`),
  /** SEG Segment Label (LO): at most 64 characters, as Caliper's reading schema (and LO) allow. */
  segmentLabel: `Seg ${svg}${RLO}`,
  /** SR TEXT content item (finding site / location label). */
  srText: `Location ${script}${style}${LRI}x${PDI}`,
} as const;

/** Every payload, for tests that check each one is shown inert. */
export const HOSTILE_VALUES: readonly string[] = Object.values(HOSTILE);
