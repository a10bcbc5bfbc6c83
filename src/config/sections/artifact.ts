// Settings of the artifact stage: which files go up, under what name, for how long.
import { num, obj, oneOf, str } from '../schema.js';

export const artifact = obj(
  {
    name: str({ doc: 'Artifact name.', input: 'artifact-name', default: 'coverage-report' }),
    path: str({
      doc: 'Folder to upload, relative to the working directory. Default: the coverage directory.',
      input: 'artifact-path',
    }),
    retentionDays: num({
      doc: 'Days to keep the artifact (1-90; the repository setting caps it).',
      input: 'retention-days',
      min: 1,
      max: 90,
      integer: true,
    }),
    ifNoFilesFound: oneOf(['warn', 'error', 'ignore'] as const, {
      doc: 'What to do when the folder is empty or missing: warn, error or ignore.',
      input: 'if-no-files-found',
      default: 'warn',
    }),
  },
  { doc: 'The artifact stage.' },
);
