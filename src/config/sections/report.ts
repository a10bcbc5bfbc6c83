// Settings of the report stage: where results are published.
import { bool, obj, str } from '../schema.js';

export const report = obj(
  {
    token: str({ doc: 'Token for PR comments, statuses and deployments.', input: 'github-token', secret: true }),
    comment: bool({ doc: 'Post or update one sticky PR comment.', input: 'comment', default: true }),
    name: str({ doc: 'Name of this report; one sticky comment and one set of statuses per name.', input: 'name', default: 'backend-ci' }),
    summary: bool({ doc: 'Write the job summary.', input: 'summary', default: true }),
  },
  { doc: 'The report stage.' },
);
