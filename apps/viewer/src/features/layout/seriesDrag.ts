/** The drag-and-drop type of a series thumbnail (its SeriesInstanceUID as the payload). */
export const SERIES_DRAG_TYPE = 'application/x-caliper-series';
