export * from './describe';
export { anchor, type AnchorResult } from './anchor';
export { reanchorAll } from './reanchor';
export { codePointIndex, fromCodePointOffset, toCodePointOffset, type CodePointIndex } from './code-points';
export { MAX_ERROR_RATIO, MAX_ERRORS_CAP } from './fuzzy-search';
export { DISTINCTIVE_QUOTE_LENGTH, MIN_CONTEXT_EVIDENCE, MIN_FUZZY_SCORE } from './score';
