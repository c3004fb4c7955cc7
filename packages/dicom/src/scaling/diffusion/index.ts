export { readBValue, geBValue } from './readBValue';
export type { BValue } from './readBValue';
export { groupByBValue } from './groupByBValue';
export type { BValueGroup, GroupByBValueOptions } from './groupByBValue';
