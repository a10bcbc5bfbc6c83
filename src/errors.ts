// Errors the user can fix, shared by every layer: config throws them while reading settings, stages and
// engines while reading files the user wrote, and the front doors turn them into exit code 2. They live here,
// below everything, so that no lower layer has to import the pipeline to throw one.

/** A failure the user caused and can fix (bad input, bad file); the CLI exits 2 for it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A command line the CLI cannot run (unknown command, missing argument); exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
