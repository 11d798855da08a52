export * from './w3c-vocabulary';
export * from './source-texts';
export * from './w3c';
export * from './w3c-parse';
export * from './csv';
