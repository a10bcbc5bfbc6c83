// JUnit XML (testsuites/testsuite/testcase with failure, error, skipped), as written by node --test's junit
// reporter, Vitest, Jest (jest-junit), pytest, Maven Surefire and most other runners.
import { readFile } from 'node:fs/promises';
import { XmlSyntaxError, scanXml } from '../coverage/xml.js';
import {
  type PathOptions,
  type TestResults,
  TestResultsFormatError,
  emptyResults,
  locationFromText,
  repositoryFile,
} from './model.js';

interface Case {
  name: string;
  file?: string;
  line?: number;
  outcome: 'passed' | 'failed' | 'skipped';
  message?: string;
  text: string;
}

const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|php|cs|rs|ex|exs)$/;

export function parseJUnit(xml: string, file: string, opts: PathOptions): TestResults {
  const results = emptyResults();
  const suites: { name?: string; file?: string }[] = [];
  let testcase: Case | undefined;
  let inFailure = false;
  let rootSeen = false;

  const finish = (c: Case) => {
    if (c.outcome === 'passed') results.passed++;
    else if (c.outcome === 'skipped') results.skipped++;
    else {
      results.failed++;
      const stated = c.file ? repositoryFile(c.file, opts) : undefined;
      const fromText = locationFromText(`${c.message ?? ''}\n${c.text}`, { ...opts, prefer: stated });
      const message = (c.message?.trim() || c.text.trim().split('\n')[0] || 'failed').trim();
      results.failures.push({
        name: c.name,
        ...(stated || fromText ? { file: stated ?? fromText!.file } : {}),
        // The failing line from the stack beats the testcase's line attribute (the test's declaration, and
        // 0-based in pytest's reports).
        ...(fromText && (!stated || fromText.file === stated)
          ? { line: fromText.line, ...(fromText.column ? { column: fromText.column } : {}) }
          : c.line
            ? { line: c.line }
            : {}),
        message,
      });
    }
  };

  try {
    scanXml(xml, {
      open(name, attrs, line) {
        if (!rootSeen) {
          rootSeen = true;
          if (name !== 'testsuites' && name !== 'testsuite') {
            throw new TestResultsFormatError(
              file,
              line,
              `expected the root element <testsuites> or <testsuite> of a JUnit report, got <${name}>`,
            );
          }
        }
        if (name === 'testsuite') {
          suites.push({ name: attrs.name, file: attrs.file ?? attrs.filepath ?? suites[suites.length - 1]?.file });
        } else if (name === 'testcase') {
          if (attrs.name === undefined)
            throw new TestResultsFormatError(file, line, 'expected a name="..." attribute on <testcase>');
          // Vitest and Jest put the test file in classname (and name the suite after it).
          const classFile = attrs.classname && SOURCE_FILE.test(attrs.classname) ? attrs.classname : undefined;
          const fileAttr = attrs.file ?? attrs.filepath ?? suites[suites.length - 1]?.file ?? classFile;
          const parents = suites
            .map((s) => s.name)
            .filter((n): n is string => !!n && n !== fileAttr && n !== attrs.classname);
          const lineAttr = attrs.line !== undefined && /^\d+$/.test(attrs.line) ? Number(attrs.line) : undefined;
          testcase = {
            name: [...parents, attrs.name].join(' › '),
            file: fileAttr,
            ...(lineAttr ? { line: lineAttr } : {}),
            outcome: 'passed',
            text: '',
          };
        } else if (testcase && (name === 'failure' || name === 'error')) {
          testcase.outcome = 'failed';
          testcase.message ??= attrs.message;
          inFailure = true;
        } else if (testcase && name === 'skipped' && testcase.outcome !== 'failed') {
          testcase.outcome = 'skipped';
        }
      },
      text(text) {
        if (testcase && inFailure) testcase.text += text;
      },
      close(name) {
        if (name === 'testsuite') suites.pop();
        else if (name === 'failure' || name === 'error') inFailure = false;
        else if (name === 'testcase' && testcase) {
          finish(testcase);
          testcase = undefined;
        }
      },
    });
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new TestResultsFormatError(file, err.line, err.detail);
    throw err;
  }
  return results;
}

export async function readJUnit(file: string, opts: PathOptions): Promise<TestResults> {
  const text = await readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT')
      throw new TestResultsFormatError(file, undefined, 'no such file: expected a JUnit XML report here');
    throw err;
  });
  return parseJUnit(text, file, opts);
}
