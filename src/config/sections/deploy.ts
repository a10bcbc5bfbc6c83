// Settings of the deploy stage.
import { obj, str } from '../schema.js';

export const deploy = obj(
  {
    environment: str({ doc: 'Environment name for deployment records.', input: 'environment', default: 'production' }),
  },
  { doc: 'The deploy stage.' },
);
