// What a runner does with a workflow file before an action step starts: validate it with the official
// parser, evaluate the step's `with:` and `env:` expressions against the job's contexts (the official
// expression evaluator), and apply action.yml's input defaults. Used to run the examples in
// workflows-examples/ through the runner emulator (test/harness/runner.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { REPO_ROOT } from '../harness/runner.js';

export const EXAMPLES = path.join(REPO_ROOT, 'workflows-examples');

export interface WorkflowStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'working-directory'?: string;
}

export interface WorkflowJob {
  if?: string;
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown[]> };
  steps: WorkflowStep[];
}

export interface Workflow {
  name: string;
  jobs: Record<string, WorkflowJob>;
}

/** Errors the official parser reports for a workflow file (syntax, schema, expressions), empty when valid. */
export async function workflowErrors(file: string): Promise<string[]> {
  const content = readFileSync(file, 'utf8');
  const parsed = parseWorkflow({ name: path.basename(file), content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return errors.length ? errors : ['the parser returned no workflow'];
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return [...errors, ...(template.errors ?? []).map((e) => e.Message)];
}

export function readWorkflow(name: string): Workflow {
  return parse(readFileSync(path.join(EXAMPLES, name), 'utf8')) as Workflow;
}

export function isBackendCi(step: WorkflowStep): boolean {
  return step.uses === 'org/backend-ci@v1';
}

/** The job's one backend-ci step (each example job has at most one). */
export function backendCiStep(workflow: Workflow, job: string): WorkflowStep {
  const steps = workflow.jobs[job]?.steps.filter(isBackendCi) ?? [];
  if (steps.length !== 1) throw new Error(`job '${job}' has ${steps.length} backend-ci steps, expected 1`);
  return steps[0]!;
}

export type Contexts = Record<string, unknown>;

/** Evaluates one expression (the text between `${{` and `}}`) with the official evaluator. */
export function evaluateExpression(expression: string, contexts: Contexts): data.ExpressionData {
  const lexed = new Lexer(expression).lex();
  const tree = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const context = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  return new Evaluator(tree, context).evaluate();
}

/** A `with:`/`env:` value as the runner hands it over: every `${{ ... }}` replaced by its string value. */
export function interpolate(value: unknown, contexts: Contexts): string {
  return String(value).replace(/\$\{\{([\s\S]*?)\}\}/g, (_, expression: string) =>
    evaluateExpression(expression.trim(), contexts).coerceString(),
  );
}

export function interpolateAll(
  values: Record<string, unknown> | undefined,
  contexts: Contexts,
): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([key, value]) => [key, interpolate(value, contexts)]));
}

/** An `if:` condition (with or without `${{ }}`), evaluated as the runner does. */
export function condition(text: string, contexts: Contexts): boolean {
  const expression = text
    .trim()
    .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
    .trim();
  return truthy(evaluateExpression(expression, contexts));
}

/** action.yml's input defaults (only github-token has one), evaluated like the runner does for unset inputs. */
export function actionDefaults(contexts: Contexts): Record<string, string> {
  const action = parse(readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: unknown }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default !== undefined) defaults[name] = interpolate(input.default, contexts);
  }
  return defaults;
}

/** The inputs a backend-ci step receives: action.yml defaults, then the step's evaluated `with:`. */
export function stepInputs(step: WorkflowStep, contexts: Contexts): Record<string, string> {
  return { ...actionDefaults(contexts), ...interpolateAll(step.with, contexts) };
}
