// Public entry of the detectors: pure functions, no DOM, no browser or Node API.
export * from './types';
export { classifyCompanion, analyseCompanion } from './companion';
export { classifyUser } from './user';
export { isSameRequest } from './rephrase';
export { normalize, truncate, MAX_ANALYSED } from './normalize';
