// A small XML tag scanner for the subset coverage and test-result files use: the XML declaration and other
// processing instructions, DOCTYPE, comments, CDATA, elements with attributes in either quote, self-closing
// tags, text, and the predefined and numeric entities. It checks nesting and reports malformed input with the
// file and line and what was expected there. No DTDs, no namespaces beyond keeping the prefix in the name.

export class XmlSyntaxError extends Error {
  override name = 'XmlSyntaxError';
  constructor(readonly line: number, readonly detail: string) {
    super(`line ${line}: ${detail}`);
  }
}

export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>, line: number, selfClosing: boolean): void;
  close?(name: string, line: number): void;
  /** Text and CDATA content, entities decoded; whitespace-only text between tags is reported too. */
  text?(text: string, line: number): void;
}

const NAME = /[A-Za-z_:][-A-Za-z0-9_:.]*/y;
const SPACE = /[ \t\r\n]*/y;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string, lineAt: (index: number) => number, base = 0): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&\s]*);?/g, (whole, ref: string, index: number) => {
    if (!whole.endsWith(';')) throw new XmlSyntaxError(lineAt(base + index), `expected ';' to end the entity '${whole}'`);
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      const code = Number.parseInt(ref.slice(2), 16);
      if (/^[0-9a-fA-F]+$/.test(ref.slice(2)) && code <= 0x10ffff) return String.fromCodePoint(code);
    } else if (ref.startsWith('#')) {
      const code = Number.parseInt(ref.slice(1), 10);
      if (/^[0-9]+$/.test(ref.slice(1)) && code <= 0x10ffff) return String.fromCodePoint(code);
    } else if (ref in ENTITIES) {
      return ENTITIES[ref]!;
    }
    throw new XmlSyntaxError(lineAt(base + index), `unknown entity '${whole}' (expected &amp; &lt; &gt; &quot; &apos; or &#N;)`);
  });
}

/** Scans `xml` and calls the handler for each element and text node, in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  // Line numbers are computed lazily from a running count, so long files cost one pass.
  let countedTo = 0;
  let countedLine = 1;
  const lineAt = (index: number): number => {
    if (index < countedTo) {
      countedTo = 0;
      countedLine = 1;
    }
    for (let nl = xml.indexOf('\n', countedTo); nl !== -1 && nl < index; nl = xml.indexOf('\n', nl + 1)) countedLine++;
    countedTo = index;
    return countedLine;
  };
  const fail: (index: number, message: string) => never = (index, message) => {
    throw new XmlSyntaxError(lineAt(Math.min(index, xml.length)), message);
  };
  const stack: { name: string; index: number }[] = [];
  let rootSeen = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;

  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length === 0) {
        if (raw.trim() !== '') fail(i, `expected '<' to start an element, got text '${raw.trim().slice(0, 40)}'`);
      } else {
        const textLine = lineAt(i);
        // Decoded even when nobody listens, so a bad entity is reported wherever it is.
        const decoded = decodeEntities(raw, lineAt, i);
        handler.text?.(decoded, textLine);
      }
    }
    if (lt === -1) break;
    i = lt;
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) fail(i, `expected '-->' to close the comment opened here`);
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) fail(i, 'expected CDATA only inside an element');
      const end = xml.indexOf(']]>', i + 9);
      if (end === -1) fail(i, `expected ']]>' to close the CDATA section opened here`);
      handler.text?.(xml.slice(i + 9, end), lineAt(i));
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) fail(i, `expected '?>' to close the processing instruction opened here`);
      i = end + 2;
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      if (rootSeen) fail(i, 'expected DOCTYPE before the root element');
      // An internal subset [...] may hold '>' characters.
      let j = i + 9;
      let depth = 0;
      for (; j < n; j++) {
        const c = xml[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= n) fail(i, `expected '>' to close the DOCTYPE opened here`);
      i = j + 1;
    } else if (xml.startsWith('</', i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(xml);
      if (!m) fail(i, `expected an element name after '</'`);
      const name = m[0];
      SPACE.lastIndex = i + 2 + name.length;
      SPACE.exec(xml);
      const gt = SPACE.lastIndex;
      if (xml[gt] !== '>') fail(gt, `expected '>' to end the closing tag </${name}>`);
      const open = stack.pop();
      if (!open) fail(i, `unexpected closing tag </${name}>: no element is open`);
      if (open.name !== name) fail(i, `expected </${open.name}> (opened on line ${lineAt(open.index)}), got </${name}>`);
      handler.close?.(name, lineAt(i));
      i = gt + 1;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(xml);
      if (!m) fail(i, `expected an element name after '<'`);
      const name = m[0];
      if (stack.length === 0 && rootSeen) fail(i, `expected one root element, got a second one <${name}>`);
      const line = lineAt(i);
      let j = i + 1 + name.length;
      const attributes: Record<string, string> = {};
      let selfClosing = false;
      for (;;) {
        SPACE.lastIndex = j;
        SPACE.exec(xml);
        const spaced = SPACE.lastIndex > j;
        j = SPACE.lastIndex;
        if (j >= n) fail(i, `expected '>' to end the tag <${name}> opened here`);
        if (xml[j] === '>') {
          j++;
          break;
        }
        if (xml[j] === '/' && xml[j + 1] === '>') {
          selfClosing = true;
          j += 2;
          break;
        }
        if (!spaced) fail(j, `expected a space, '>' or '/>' in the tag <${name}>, got '${xml[j]}'`);
        NAME.lastIndex = j;
        const a = NAME.exec(xml);
        if (!a) fail(j, `expected an attribute name in the tag <${name}>, got '${xml[j]}'`);
        const attr = a[0];
        j += attr.length;
        SPACE.lastIndex = j;
        SPACE.exec(xml);
        j = SPACE.lastIndex;
        if (xml[j] !== '=') fail(j, `expected '=' after the attribute '${attr}' in <${name}>`);
        SPACE.lastIndex = j + 1;
        SPACE.exec(xml);
        j = SPACE.lastIndex;
        const quote = xml[j];
        if (quote !== '"' && quote !== "'") fail(j, `expected a quoted value for the attribute '${attr}' in <${name}>`);
        const close = xml.indexOf(quote, j + 1);
        if (close === -1) fail(j, `expected the closing ${quote} of the attribute '${attr}' in <${name}>`);
        const rawValue = xml.slice(j + 1, close);
        if (rawValue.includes('<')) fail(j, `expected no '<' inside the value of the attribute '${attr}' in <${name}>`);
        if (attr in attributes) fail(j, `duplicate attribute '${attr}' in <${name}>`);
        attributes[attr] = decodeEntities(rawValue, lineAt, j + 1);
        j = close + 1;
      }
      rootSeen = true;
      handler.open?.(name, attributes, line, selfClosing);
      if (selfClosing) handler.close?.(name, line);
      else stack.push({ name, index: i });
      i = j;
    }
  }
  if (stack.length > 0) {
    const open = stack[stack.length - 1]!;
    fail(n, `the file ends inside <${open.name}> (opened on line ${lineAt(open.index)}): expected </${open.name}>`);
  }
  if (!rootSeen) fail(n, 'expected a root element, found none');
}
