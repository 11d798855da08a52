export * from './normalise';
export * from './title';
