export * from './record';
export * from './source';
export * from './entity';
export * from './proposal';
export * from './annotation';
export * from './brief';
export * from './notebook';
export * from './migrations';
