/** Outline and swatch colour of the n-th lesion of a burden result (cycled; distinct from the grow preview's yellow). */
const PALETTE = ['#ff5c5c', '#4fc3f7', '#81c784', '#ba68c8', '#ffb74d', '#f06292', '#4db6ac', '#9575cd'];
export const lesionColor = (index: number): string => PALETTE[index % PALETTE.length];
