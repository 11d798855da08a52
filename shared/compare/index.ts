export * from './types';
export * from './reuse';
export * from './coverage';
export * from './figures';
export * from './terms';
export * from './timeline';
