// Settings of the perf stage.
import { obj, str } from '../schema.js';

export const perf = obj(
  {
    scenario: str({ doc: 'Load-test scenario file (YAML).', input: 'perf-scenario' }),
  },
  { doc: 'The perf stage.' },
);
