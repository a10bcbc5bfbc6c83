// The one rule for untrusted text in GitHub markdown, checked with a real renderer: a hostile corpus and a
// property-based fuzz through the job summary, the sticky comment and the check run's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sumTotals, type FileCoverage } from '../../src/coverage/model.js';
import { codeCell, codeSpan, htmlCode } from '../../src/report/markdown.js';
import type { ReportInput } from '../../src/report/model.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import { codeTexts, inspectHtml, renderGfm } from '../support/gfm.js';
import { stage } from './report-fixtures.js';

const HOSTILE = [
  'src/` @octocat [click here](https://evil.example/login) `.ts',
  '<img src=x onerror=alert(1)>',
  '@octocat please look',
  'cc @org/team',
  '[Re-run here](https://evil.example/rerun)',
  '![pixel](https://evil.example/p.png)',
  'https://evil.example/login',
  'www.evil.example',
  '<https://evil.example>',
  '```\n<img src=x>\n```',
  '``double`` and `single`',
  '`',
  ' `x` ',
  'a | b | c',
  'a\\|b [x](https://evil.example)',
  'back\\',
  '</code><a href="https://evil.example">x</a>',
  '</summary></details><img src=x>',
  '&lt;script&gt; &amp; &#64;octocat',
  'line one\n\n# heading\n<img src=x>\n\n[a](https://evil.example)',
  '<!-- backend-ci:backend-ci -->',
  '*bold* _em_ ~~gone~~ <b>b</b>',
  'javascript:alert(1)',
  'nul\u0000 bell\u0007 esc\u001b[31m',
  '<script>alert(1)</script>',
  '<details open><summary>@octocat</summary>',
  '[x]: https://evil.example\n[x]',
  '    indented code? [y](https://evil.example)',
  '',
  '   ',
];

const OUR_LINKS = ['https://github.com/o/r/actions/runs/1', 'https://github.com/o/r/actions/runs/1/artifacts/2'];

function file(p: string, covered: number): FileCoverage {
  return {
    path: p,
    lines: { covered, total: 10 },
    branches: { covered: 0, total: 2 },
    functions: { covered: 1, total: 1 },
    statements: { covered, total: 10 },
  };
}

/** A report whose every untrusted field holds `text`: file names, headlines, sources, changed files. */
function hostileInput(texts: string[]): ReportInput {
  const files = texts.map((t, i) => file(`${t}${i}`, i % 10));
  return {
    name: 'backend-ci',
    stages: [
      stage('migrations', 'failed', texts[0] ?? ''),
      stage('test', 'failed', texts.join(' '), { details: undefined }),
      stage('deploy', 'warned', texts.at(-1) ?? ''),
    ],
    coverage: { files, totals: sumTotals(files), sources: [] },
    thresholds: { lines: 80 },
    base: { lines: 50 },
    baseSource: texts[1] ?? '',
    patch: {
      percent: 50,
      covered: 1,
      total: 2,
      files: texts.map((t) => ({ path: t || 'x', uncovered: [{ start: 1, end: 2 }] })),
    },
    patchSource: texts[2] ?? '',
    patchThreshold: 90,
    links: { run: OUR_LINKS[0], artifact: OUR_LINKS[1] },
  };
}

function expectSafe(markdown: string): void {
  const found = inspectHtml(renderGfm(markdown));
  expect(found.foreignElements).toEqual([]);
  expect(found.mentions).toEqual([]);
  expect(found.links.filter((l) => !OUR_LINKS.includes(l))).toEqual([]);
}

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const flat = (s: string) => s.replace(/\r\n?|\n/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '\ufffd');
/** What a code span shows for `s`: the text on one line; blank text as one space. */
const shown = (s: string) => (/^ *$/.test(flat(s)) ? ' ' : flat(s));

describe('untrusted text in GitHub markdown', () => {
  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))(
    'a code span shows %s as typed and nothing else',
    (_name, text) => {
      const html = renderGfm(`Result: ${codeSpan(text)} done`);
      expect(inspectHtml(html)).toEqual({ links: [], foreignElements: [], mentions: [] });
      // Exactly one code element holding the text once: nothing escaped twice, nothing leaking out of it.
      expect(codeTexts(html)).toEqual([shown(text)]);
    },
  );

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))(
    'a table cell keeps %s in its own cell',
    (_name, text) => {
      const html = renderGfm(`| File | Lines |\n|---|---|\n| ${codeCell(text)} | 3 |\n`);
      expect(inspectHtml(html)).toEqual({ links: [], foreignElements: [], mentions: [] });
      expect(html.match(/<td>/g)).toHaveLength(2);
      expect(html).toContain('<td>3</td>');
      expect(codeTexts(html)).toEqual([shown(text)]);
    },
  );

  it.each(HOSTILE.map((s) => [JSON.stringify(s).slice(0, 60), s]))(
    'inside our raw HTML, %s stays text',
    (_name, text) => {
      const html = renderGfm(`<details><summary>test: ${htmlCode(text)}</summary>\n\nbody\n\n</details>\n`);
      expect(inspectHtml(html)).toEqual({ links: [], foreignElements: [], mentions: [] });
      expect(codeTexts(html)).toEqual([flat(text)]);
    },
  );

  it('the file name from the report that used to become a link and a mention is shown as code', () => {
    const name = 'src/` @octocat [click here](https://evil.example/login) `.ts';
    const { markdown } = renderSummary(hostileInput([name]));
    const html = renderGfm(markdown);
    expect(codeTexts(html)).toContain(`${name}0`);
    expectSafe(markdown);
  });

  it('the summary, the comment and the check run text stay inert with the whole corpus in every field', () => {
    const input = hostileInput(HOSTILE);
    expectSafe(renderSummary(input).markdown);
    expectSafe(renderComment(input).body);
    // The check run's summary is the job summary's text, cut to 65,535 characters.
    expectSafe(renderSummary(input, { limitBytes: 65_535 }).markdown);
  });

  it('stays inert for any text (property-based)', () => {
    const fragment = fc.oneof(
      fc.constantFrom(
        ...HOSTILE,
        '`',
        '``',
        '|',
        '\\',
        '@',
        '[',
        ']',
        '(',
        ')',
        '<',
        '>',
        '!',
        '\n',
        ' ',
        'https://x.example',
        'www.x.example',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
    );
    const text = fc.array(fragment, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const input = hostileInput(texts);
        expectSafe(renderSummary(input).markdown);
        expectSafe(renderComment(input).body);
        for (const t of texts) {
          const html = renderGfm(`| a | b |\n|---|---|\n| ${codeCell(t)} | 3 |\n`);
          expect(codeTexts(html)).toEqual([shown(t)]);
          expect(html.match(/<td>/g)).toHaveLength(2);
        }
      }),
      { numRuns: 300 },
    );
  });
});
