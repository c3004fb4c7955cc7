export type { PetSuvTags, SuvOverrides, SuvOptions, SuvFactors } from './types';
export { readPetSuvTags } from './readPetSuvTags';
export { computeSuvFactors } from './computeSuvFactors';
export { bsaDuBoisCm2, lbmJames128G, lbmMorganG, lbmJanmahasatianG, idealBodyWeightG } from './bodySize';
export { averageCountRateTime } from './averageCountRateTime';
