export * from './units';
export * from './space';
export * from './geometry';
export * from './volume';
export * from './result';
