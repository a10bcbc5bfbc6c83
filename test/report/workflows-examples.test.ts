// The example workflows for forks and shards must be valid workflows that only use inputs backend-ci has.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputSpecs } from '../../src/config/config.js';

const folder = path.resolve(import.meta.dirname, '../../workflows-examples');
const mine = ['fork-safe.yml', 'fork-safe-pr.yml', 'sharded.yml'];

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe('workflow examples', () => {
  it.each(mine)('%s is a valid workflow', async (name) => {
    const content = readFileSync(path.join(folder, name), 'utf8');
    const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect(template.errors ?? []).toEqual([]);
  });

  it.each(mine)('%s passes backend-ci only inputs it declares', (name) => {
    const known = new Set([...inputSpecs().map((s) => s.name), 'config-file']);
    const workflow = parse(readFileSync(path.join(folder, name), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const used = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('org/backend-ci@'))
      .flatMap((s) => Object.keys(s.with ?? {}));
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((i) => !known.has(i))).toEqual([]);
  });

  it('the poster never checks out the pull request code, only its own default branch for the thresholds', () => {
    const workflow = parse(readFileSync(path.join(folder, 'fork-safe.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const checkouts = Object.values(workflow.jobs)
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.startsWith('actions/checkout@'));
    // Without a ref, checkout takes the workflow_run's own commit: the default branch.
    expect(checkouts.map((s) => s.with ?? {})).toEqual([{ 'persist-credentials': false }]);
    expect(readdirSync(folder)).toEqual(expect.arrayContaining(mine));
  });
});
