/** A unit as shown on screen (the measure panels' one helper: formatQuantity). */
export { displayUnit } from '../formatQuantity';
