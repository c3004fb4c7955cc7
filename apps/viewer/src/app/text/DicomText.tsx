import { displayText } from '@caliper/core';

/**
 * An untrusted string (DICOM name, description, SR text, segment label, file name) as inert text:
 * bidi and control characters removed (@caliper/core cleanText), cut to `max` code points with an
 * ellipsis, the full value (capped) in the tooltip when cut. `<bdi>` isolates a right-to-left name
 * so it cannot reorder the text around it (HTML §4.5.23). Never rendered as HTML.
 */
export function DicomText({ value, max, className }: { value: unknown; max?: number; className?: string }) {
  const d = displayText(value, max === undefined ? {} : { max });
  return (
    <bdi className={className} data-untrusted="" title={d.truncated ? d.full : undefined}>
      {d.text}
    </bdi>
  );
}
