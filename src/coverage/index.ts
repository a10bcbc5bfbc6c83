// The coverage API other stages use: read reports, gate them, cover changed lines, merge shards.
export * from './model.js';
export { readCoverage, findCoverageFiles, detectFormat, toRepositoryPath, COVERAGE_FILE_NAMES, type CoverageFormat, type ReadOptions } from './read.js';
export { checkThresholds, unmatchedPatterns, describeFailure, type Thresholds, type ThresholdFailure } from './thresholds.js';
export { matchesGlob, globToRegExp, GlobSyntaxError } from './glob.js';
export { parseUnifiedDiff, changedLinesFromPatches, unquoteGitPath, type ChangedLines } from './diff.js';
export { changedLines, type ChangedLinesOptions } from './changed-lines.js';
export { patchCoverage, patchAnnotations, formatRanges, type PatchCoverage, type PatchFileCoverage, type LineRange } from './patch.js';
export { mergeLcovFiles, mergeJsonSummaryFiles, mergeCoverageFiles, type MergeResult, type MergedCoverage } from './merge.js';

import { changedLines as gitChangedLines } from './changed-lines.js';
import { changedLinesFromPatches as fromPatches } from './diff.js';
import { patchCoverage as coverPatch } from './patch.js';

/** The three functions the report stage needs for patch coverage (its `patchEngine` option), in one object. */
export const patchCoverageEngine = { changedLines: gitChangedLines, changedLinesFromPatches: fromPatches, patchCoverage: coverPatch };
