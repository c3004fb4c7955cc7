/**
 * Bidirectional formatting characters (Unicode UAX #9 §2): embeddings/overrides U+202A–U+202E,
 * isolates U+2066–U+2069, marks U+200E/U+200F/U+061C. In an untrusted DICOM string they can make
 * "Smith" read as "htimS" or flip the text around it (Trojan Source, CVE-2021-42574).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Invisible format characters with no place in a name or a description: zero-width space, word joiner, invisible operators, BOM, interlinear annotation. */
const INVISIBLE = /[\u00AD\u200B\u2060-\u2064\uFEFF\uFFF9-\uFFFB]/g;
/** C0 and C1 controls, DEL, line and paragraph separators: shown as a space (DICOM LT/ST/UT may hold CR LF). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
/** A UTF-16 surrogate without its pair (bytes that were not valid text). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * An untrusted string (a DICOM name, description, SR text value, segment label, file name) made
 * safe to show as plain text: bidi controls and invisible characters removed, control characters
 * and runs of white space shown as one space, broken surrogates as U+FFFD, trimmed. Markup is left
 * as it is: it is shown as text (React text nodes, SVG text, PDF strings), never parsed.
 */
export function cleanText(raw: unknown): string {
  if (raw === undefined || raw === null) return '';
  const s = typeof raw === 'string' ? raw : String(raw);
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(BIDI_CONTROLS, '')
    .replace(INVISIBLE, '')
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
