export * from './schema';
export * from './decisions';
export { applyReview, type AppliedReview, type Unmatched } from './apply';
export type { Correction } from './corrections';
export * from './parseReview';
export * from './merge';
export * from './tableColumns';
export { reviewedCorpus } from './reviewedCorpus';
