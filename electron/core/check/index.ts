export { checkNotebook, type CheckOptions } from './check-notebook';
export { SET_ASIDE } from './folder-files';
