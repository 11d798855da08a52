export * from './annotationQuery';
