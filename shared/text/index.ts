export * from './normalise';
export * from './title';
export * from './cuts';
