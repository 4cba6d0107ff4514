export { startExtractor } from './extractor.ts';
export { extractJob, type ExtractDeps } from './extract.job.ts';
export { ExtractorVersion, toAwardDraft, toAwardSource } from './to-award-draft.ts';
