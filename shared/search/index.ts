export * from './annotationQuery';
export * from './types';
