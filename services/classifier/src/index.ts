export { startClassifier } from './classifier.ts';
export { classifyJob, type ClassifyDeps } from './classify.job.ts';
