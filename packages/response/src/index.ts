export * from './types';
export { assessResponse, validateFor, isAnatomic } from './assessResponse';
export { parseTimeline } from './parseTimeline';
export { checkTargets, MAX_TARGETS, MAX_TARGETS_PER_ORGAN, MIN_LONG_MM, MIN_NODE_SHORT_MM, NORMAL_NODE_SHORT_MM } from './anatomic/checkTargets';
export type { TargetProblem } from './anatomic/checkTargets';
export { bestOverallResponse, classOf } from './bestOverallResponse';
