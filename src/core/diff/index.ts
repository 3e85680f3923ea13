export * from './exportDiff';
export * from './nway';
export * from './rows';
export * from './sentenceText';
export * from './supports';
export * from './wordDiff';
