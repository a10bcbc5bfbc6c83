// What bench/report-summary.ts bundles for its child process: the reader and the two renderers.
export { readCoverage } from '../src/coverage/read.js';
export { renderSummary } from '../src/report/summary.js';
export { renderComment } from '../src/report/comment.js';
