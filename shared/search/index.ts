export * from './annotationQuery';
export * from './types';
export * from './dates';
export * from './matcher';
export * from './query';
export * from './richText';
export * from './snippet';
export * from './words';
