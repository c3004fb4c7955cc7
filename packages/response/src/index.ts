export * from './types';
export { assessResponse } from './assessResponse';
export { parseTimeline } from './parseTimeline';
