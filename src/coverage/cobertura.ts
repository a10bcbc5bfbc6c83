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
}

const CONDITION = /\((\d+)\s*\/\s*(\d+)\)/;

function coberturaReader(file: string): { handler: XmlHandler; result: CoberturaDetail } {
  const sources: string[] = [];
  const files = new Map<string, FileDetail>();
  const path: string[] = [];
  let current: FileDetail | undefined;
  let method: { name: string; hits?: number; firstLine?: number; anyHit: boolean } | undefined;
  let sourceText: string | undefined;

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
  return { handler, result: { sources, files } };
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
  return reader.result;
}

/** Streams the file through the parser: a 100 MB report is never held as one string. */
export async function readCoberturaDetail(file: string): Promise<CoberturaDetail> {
  const reader = coberturaReader(file);
  try {
    await scanXmlFile(file, reader.handler);
  } catch (err) {
    throw asFormatError(file, err);
  }
  return reader.result;
}
