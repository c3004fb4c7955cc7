/** The parts of a Cornerstone actor entry that tell an image layer from a segmentation's. */
export interface LayerLike {
  readonly referencedId?: string;
  readonly representationUID?: unknown;
}

/**
 * The image layers of a volume viewport (CT, PET, a derived map), in actor order: Cornerstone also
 * lists a segmentation's labelmap among getActors() — with a representationUID and its labelmap's
 * id as referencedId — so a CT pane with a brush lesion has two actors but one image. Only actors
 * without a representationUID whose referencedId is a loaded series volume (`isSeriesVolume`) count.
 */
export function imageLayers<A extends LayerLike>(actors: readonly A[], isSeriesVolume: (volumeId: string) => boolean): A[] {
  return actors.filter((a) => !a.representationUID && typeof a.referencedId === 'string' && isSeriesVolume(a.referencedId));
}
