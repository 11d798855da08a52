export * from './types';
export * from './reuse';
