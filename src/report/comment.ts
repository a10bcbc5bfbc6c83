// The sticky pull request comment: one per report name, found by a hidden marker across every page of
// comments, updated in place, and never over GitHub's 65,536-character body limit.
import type { GitHubClient } from '../host/host.js';
import { cell, characters, codeSpan, detailsShrink, fitSections, type Section } from './markdown.js';
import type { ReportInput } from './model.js';
import {
  coverageTable,
  fileTableSection,
  patchHeadline,
  stageTable,
  uncoveredList,
  UNCOVERED_FILES,
  withoutAnsi,
} from './summary.js';

export const COMMENT_LIMIT = 65_536;

export function commentMarker(name: string): string {
  return `<!-- backend-ci:${name} -->`;
}

function stageSection(input: ReportInput, stage: 'migrations' | 'deploy', title: string): string {
  const result = input.stages.find((s) => s.stage === stage);
  if (!result || result.status === 'skipped') return '';
  const details = result.details?.trim()
    ? `\n\n<details><summary>Details</summary>\n\n${result.details.trim()}\n\n</details>`
    : '';
  return `**${title}:** ${codeSpan(result.headline)}${details}\n\n`;
}

function shrinkable(label: string, text: string, priority: number): Section {
  return { label, text, priority, shrink: detailsShrink(text, characters) };
}

/** The comment body, trimmed to the limit; the marker and the stage table always stay. */
export function renderComment(raw: ReportInput, limit = COMMENT_LIMIT): { body: string; trimmed: string[] } {
  const input = withoutAnsi(raw);
  const links = [
    input.links.run ? `[Full summary of this run](${input.links.run})` : '',
    input.links.artifact ? `[coverage report](${input.links.artifact})` : '',
  ].filter(Boolean);
  const footer = links.length > 0 ? `${links.join(' · ')}\n` : '';
  const sections: Section[] = [
    { label: 'marker', text: `${commentMarker(input.name)}\n### ${cell(input.name)}\n\n`, priority: Infinity },
    { label: 'stage table', text: stageTable(input.stages), priority: Infinity },
    { label: 'coverage', text: coverageTable(input), priority: 100 },
    { label: 'patch coverage', text: patchHeadline(input.patch, input.patchThreshold), priority: 95 },
    shrinkable('pending migrations', stageSection(input, 'migrations', 'Migrations'), 80),
    shrinkable('deploy', stageSection(input, 'deploy', 'Deploy'), 85),
  ];
  const uncovered = uncoveredList(input.patch, UNCOVERED_FILES, input.blobUrl);
  sections.push({
    label: 'uncovered changed lines',
    text: uncovered,
    priority: 50,
    shrink: detailsShrink(uncovered, characters),
  });
  const table = fileTableSection(input, limit, characters, 45);
  if (table) sections.push(table);
  sections.push({ label: 'links', text: footer, priority: Infinity });
  const note = (trimmed: string[]) =>
    `\n_Shortened to fit a comment (cut: ${trimmed.join(', ')}); the run summary has everything._\n`;
  const fitted = fitSections(sections, limit, characters, note);
  return { body: fitted.text, trimmed: fitted.trimmed };
}

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  name: string;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'unchanged';
  id: number;
  url?: string;
}

/** Finds this report's comment (every page, 100 at a time) and updates it, or creates it when there is none. */
export async function upsertStickyComment(
  client: GitHubClient,
  target: StickyTarget,
  body: string,
): Promise<StickyResult> {
  const marker = commentMarker(target.name);
  const params = { owner: target.owner, repo: target.repo, issue_number: target.issueNumber, per_page: 100 };
  // Anyone can paste the marker into a comment; the report's own comment is the one a bot wrote (the job
  // token is a bot). A personal token writes as a user, so a user's marked comment is the fallback.
  let existing: { id: number; body?: string; html_url?: string } | undefined;
  let byUser: typeof existing;
  for await (const page of client.paginate.iterator(client.rest.issues.listComments, params)) {
    const marked = page.data.filter((c) => c.body?.startsWith(marker));
    existing = marked.find((c) => c.user?.type === 'Bot');
    byUser ??= marked[0];
    if (existing) break;
  }
  existing ??= byUser;
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', id: existing.id, url: existing.html_url };
    const { data } = await client.rest.issues.updateComment({
      owner: target.owner,
      repo: target.repo,
      comment_id: existing.id,
      body,
    });
    return { action: 'updated', id: data.id, url: data.html_url };
  }
  const { data } = await client.rest.issues.createComment({
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id, url: data.html_url };
}
