/**
 * Colour of the n-th lesion of the lesion list (its outline on the image and its swatch in the
 * table): cycled; distinct from the grow preview's yellow and the live numbers' amber.
 */
const PALETTE = ['#4fc3f7', '#ff7a7a', '#81c784', '#ce93d8', '#ffb74d', '#4dd0e1', '#f48fb1', '#aed581'];
export const regionColor = (index: number): string => PALETTE[((index % PALETTE.length) + PALETTE.length) % PALETTE.length];

/** Colour of a lesion by id in the lesion list (undefined when it is not there): the table's swatch. */
export const lesionColorOf = (lesions: readonly { readonly id: string }[], id: string): string | undefined => {
  const i = lesions.findIndex((l) => l.id === id);
  return i < 0 ? undefined : regionColor(i);
};
