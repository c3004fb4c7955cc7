/** What decides whether two series share patient coordinates. */
export interface FrameOf {
  readonly frameOfReferenceUID?: string;
  readonly studyInstanceUID?: string;
}

/**
 * Whether a region drawn on series `a`'s grid may be drawn over a view of series `b`: the same
 * Frame of Reference; when either does not say (static manifests), the same study.
 */
export function sameFrame(a: FrameOf | undefined, b: FrameOf | undefined): boolean {
  if (!a || !b) return false;
  if (a.frameOfReferenceUID && b.frameOfReferenceUID) return a.frameOfReferenceUID === b.frameOfReferenceUID;
  return !!a.studyInstanceUID && a.studyInstanceUID === b.studyInstanceUID;
}
