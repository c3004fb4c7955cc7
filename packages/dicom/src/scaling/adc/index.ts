export { readAdcMapping } from './readAdcMapping';
export type { AdcMapping } from './readAdcMapping';
