export * from './result';
export * from './patch';
export * from './operations';
export * from './api';
export * from './client';
export * from './upkeep';
