// Reads the action's inputs through @actions/core; the only place that does.
import * as core from '@actions/core';
import { inputSpecs } from './config.js';

export function readActionInputs(): Record<string, string | undefined> {
  const names = [...inputSpecs().map((s) => s.name), 'config-file'];
  return Object.fromEntries(names.map((name) => [name, core.getInput(name) || undefined]));
}
