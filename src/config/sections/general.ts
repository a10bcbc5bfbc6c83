// Settings that shape the whole run rather than one stage.
import { STAGE_NAMES } from '../../pipeline/stage.js';
import { bool, list, oneOf, str } from '../schema.js';

export const general = {
  workingDirectory: str({
    doc: 'The service folder, relative to the repository root. Every command runs there and every path in backend-ci.yml is relative to it.',
    input: 'working-directory',
    default: '.',
  }),
  stages: list(oneOf(STAGE_NAMES, { doc: 'a stage' }), {
    doc: `Stages to run, in order. Allowed: ${STAGE_NAMES.join(', ')}. The report stage always runs last.`,
    input: 'stages',
    default: ['migrations', 'config', 'test', 'artifact', 'report'],
  }),
  failFast: bool({
    doc: 'Stop at the first failed stage (the report still runs). With false, every stage runs; deploy still needs all earlier stages green.',
    input: 'fail-fast',
    default: true,
  }),
};
