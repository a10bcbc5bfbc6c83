// Cobertura XML: c8/istanbul's cobertura-coverage.xml and coverage.py's coverage.xml.
// <coverage><sources><source>root</source></sources><packages><package><classes>
//   <class filename="relative/to/a/source"><methods><method name hits?><lines>..</lines></method></methods>
//   <lines><line number hits branch condition-coverage="50% (1/2)"/></lines></class>
import { type FileDetail, addDetail, newDetail } from './detail.js';
import { CoverageFormatError } from './model.js';
import { XmlSyntaxError, scanXml, scanXmlFile, type XmlHandler } from './xml.js';

export interface CoberturaDetail {
  /** The <source> roots, in order; class filenames are relative to one of them. */
  sources: string[];
  /** By filename as written. */
  files: Map<string, FileDetail>;
  /** Disagreements with the report's own totals that do not make its numbers wrong, for the stage's warnings. */
  warnings: string[];
}

/** The totals <coverage> states about itself (lines-valid, lines-covered, branches-valid, branches-covered). */
interface StatedTotals {
  line: number;
  values: Partial<Record<'lines-valid' | 'lines-covered' | 'branches-valid' | 'branches-covered', number>>;
}

const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;

function coberturaReader(file: string): { handler: XmlHandler; finish: () => CoberturaDetail } {
  const sources: string[] = [];
  const files = new Map<string, FileDetail>();
  const path: string[] = [];
  let current: FileDetail | undefined;
  let method: { name: string; hits?: number; firstLine?: number; anyHit: boolean } | undefined;
  let sourceText: string | undefined;
  let stated: StatedTotals | undefined;

  const fail: (line: number, message: string) => never = (line, message) => {
    throw new CoverageFormatError(file, line, message);
  };
  const whole = (value: string | undefined, line: number, what: string): number => {
    if (value === undefined || !/^\s*\d+\s*$/.test(value)) fail(line, `expected ${what} to be a whole number, got ${JSON.stringify(value ?? null)}`);
    return Number(value);
  };
  const hitCount = (value: string | undefined, line: number): number => {
    const n = value === undefined || value.trim() === '' ? NaN : Number(value);
    if (!Number.isFinite(n) || n < 0) fail(line, `expected hits="<count>" on <line>, got ${JSON.stringify(value ?? null)}`);
    return Math.round(n);
  };

  const handler: XmlHandler = {
    open(name, attrs, line) {
      const parent = path[path.length - 1];
      if (path.length === 0 && name !== 'coverage') fail(line, `expected the root element <coverage> of a Cobertura report, got <${name}>`);
      if (path.length === 0) stated = statedTotals(attrs, line, fail);
      path.push(name);
      if (name === 'source' && parent === 'sources') sourceText = '';
      else if (name === 'class') {
        const filename = attrs.filename;
        if (!filename) fail(line, `expected a filename="..." attribute on <class>`);
        // Several classes may share a file (inner classes, or one per package level): add them up.
        current = newDetail(filename);
        current.stated = {};
      } else if (name === 'method' && current) {
        method = { name: attrs.name ?? `(anonymous ${line})`, anyHit: false };
        if (attrs.hits !== undefined) method.hits = hitCount(attrs.hits, line);
        // Overloads share a name; the signature tells them apart.
        if (attrs.signature && current.functions.has(method.name)) method.name = `${method.name}${attrs.signature}`;
      } else if (name === 'line' && current) {
        const number = whole(attrs.number, line, 'number="<line>" on <line>');
        const hits = hitCount(attrs.hits, line);
        const grand = path[path.length - 3];
        if (grand === 'method' && method) {
          method.firstLine ??= number;
          if (hits > 0) method.anyHit = true;
        } else if (grand === 'class') {
          current.lines.set(number, (current.lines.get(number) ?? 0) + hits);
          if (attrs.branch === 'true' && attrs['condition-coverage'] !== undefined) {
            const m = CONDITION.exec(attrs['condition-coverage']);
            if (!m) fail(line, `expected condition-coverage="<pct>% (<covered>/<total>)", got '${attrs['condition-coverage']}'`);
            const covered = Number(m[1]);
            const total = Number(m[2]);
            if (covered > total) fail(line, `condition-coverage covers ${covered} of ${total} branches: expected covered <= total`);
            // Cobertura gives counts per line, not which branch: branch i of the line is "taken" for i < covered.
            for (let b = 0; b < total; b++) {
              const key = `${number}#${b}`;
              const had = current.branches.get(key)?.hits ?? 0;
              current.branches.set(key, { line: number, hits: had + (b < covered ? 1 : 0) });
            }
          }
        }
      }
    },
    text(text) {
      if (sourceText !== undefined) sourceText += text;
    },
    close(name) {
      path.pop();
      if (name === 'source' && sourceText !== undefined) {
        if (sourceText.trim() !== '') sources.push(sourceText.trim());
        sourceText = undefined;
      } else if (name === 'method' && method && current) {
        const hits = method.hits ?? (method.anyHit ? 1 : 0);
        const had = current.functions.get(method.name);
        current.functions.set(method.name, { line: had?.line ?? method.firstLine ?? 0, hits: (had?.hits ?? 0) + hits });
        method = undefined;
      } else if (name === 'class' && current) {
        const had = files.get(current.path);
        if (had) addDetail(had, current);
        else files.set(current.path, current);
        current = undefined;
      }
    },
  };
  // The totals are checked once the whole report is read.
  return { handler, finish: () => ({ sources, files, warnings: stated ? checkTotals(stated, files, file) : [] }) };
}

function asFormatError(file: string, err: unknown): unknown {
  return err instanceof XmlSyntaxError ? new CoverageFormatError(file, err.line, err.detail) : err;
}

export function parseCobertura(xml: string, file: string): CoberturaDetail {
  const reader = coberturaReader(file);
  try {
    scanXml(xml, reader.handler);
  } catch (err) {
    throw asFormatError(file, err);
  }
  return reader.finish();
}

/** Streams the file through the parser: a 100 MB report is never held as one string. */
export async function readCoberturaDetail(file: string): Promise<CoberturaDetail> {
  const reader = coberturaReader(file);
  try {
    await scanXmlFile(file, reader.handler);
  } catch (err) {
    throw asFormatError(file, err);
  }
  return reader.finish();
}

const TOTALS = ['lines-valid', 'lines-covered', 'branches-valid', 'branches-covered'] as const;

function statedTotals(attrs: Record<string, string>, line: number, fail: (line: number, message: string) => never): StatedTotals {
  const out: StatedTotals = { line, values: {} };
  for (const key of TOTALS) {
    const raw = attrs[key];
    if (raw === undefined) continue;
    if (!/^\s*\d+\s*$/.test(raw)) fail(line, `expected ${key}="<count>" on <coverage> to be a whole number, got ${JSON.stringify(raw)}`);
    out.values[key] = Number(raw);
  }
  return out;
}

/**
 * The <line> elements must add up to the totals <coverage> states: lines that disagree mean a truncated or
 * edited report, whose percentages would be wrong, so reading fails. Branches are only warned about: some
 * writers state branches that sit on no <line> (istanbul puts a branch on its statement's line, and a
 * default parameter has none), so the listed ones can fall short of a correct total.
 */
function checkTotals(stated: StatedTotals, files: Map<string, FileDetail>, file: string): string[] {
  let lines = 0;
  let linesCovered = 0;
  let branches = 0;
  let branchesCovered = 0;
  for (const detail of files.values()) {
    lines += detail.lines.size;
    for (const hits of detail.lines.values()) if (hits > 0) linesCovered++;
    branches += detail.branches.size;
    for (const b of detail.branches.values()) if (b.hits > 0) branchesCovered++;
  }
  const v = stated.values;
  for (const [key, counted] of [['lines-valid', lines], ['lines-covered', linesCovered]] as const) {
    if (v[key] !== undefined && v[key] !== counted) {
      throw new CoverageFormatError(file, stated.line, `<coverage ${key}="${v[key]}"> but the <line> elements count ${counted}: expected them to agree (is the report truncated or edited?)`);
    }
  }
  const warnings: string[] = [];
  for (const [key, counted] of [['branches-valid', branches], ['branches-covered', branchesCovered]] as const) {
    if (v[key] !== undefined && v[key] !== counted) {
      warnings.push(`${file}: <coverage ${key}="${v[key]}"> but the lines' condition-coverage counts ${counted}; the branch figures come from the lines`);
    }
  }
  return warnings;
}
