// Prints the CHANGELOG.md section of one version, for the GitHub release of its tag. Refuses (exit 1) when
// the changelog has no section for it: a release without notes is a release nobody can read.
// Usage: node .github/scripts/release-notes.mjs v1.2.3 CHANGELOG.md
import { readFileSync } from 'node:fs';

const [tag, changelog = 'CHANGELOG.md'] = process.argv.slice(2);
const version = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '')?.[1];
if (!version) {
  console.error(`release-notes: '${tag ?? ''}' is not a version tag (expected v<major>.<minor>.<patch>, e.g. v1.2.3)`);
  process.exit(1);
}
const lines = readFileSync(changelog, 'utf8').split(/\r?\n/);
// Keep a Changelog headings: "## [1.2.3] - 2026-12-01".
const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
if (start < 0) {
  console.error(
    `release-notes: ${changelog} has no '## [${version}]' section; add one (move the Unreleased entries under it) and tag again`,
  );
  process.exit(1);
}
const end = lines.findIndex((l, i) => i > start && /^## \[/.test(l));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .filter((l) => !/^\[[^\]]+\]: /.test(l))
  .join('\n')
  .trim();
if (!body) {
  console.error(`release-notes: the '## [${version}]' section of ${changelog} is empty`);
  process.exit(1);
}
process.stdout.write(`${body}\n`);
