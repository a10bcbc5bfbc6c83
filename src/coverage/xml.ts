// XML for coverage and test-result files, read with sax (a maintained streaming parser, strict mode): elements
// with their attributes, text and CDATA, in document order, from a string or streamed from a file so a 100 MB
// report is read in bounded memory. Entities are the predefined and numeric ones only: a DOCTYPE's own
// entities are never expanded. Malformed input is reported with its line and what was expected there.
import { createReadStream } from 'node:fs';
import sax from 'sax';

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

interface Scanner {
  write(chunk: string): void;
  end(): void;
}

/** One sax parser wired to a handler, with our own element stack for messages that name both ends. */
function scanner(handler: XmlHandler): Scanner {
  const parser = sax.parser(true, { position: true });
  const stack: { name: string; line: number }[] = [];
  let rootSeen = false;
  // sax keeps these on the parser without declaring them; read only for messages.
  const internals = parser as unknown as { tagName?: string; attribName?: string };
  const line = () => parser.line + 1;
  const fail = (detail: string): never => {
    throw new XmlSyntaxError(line(), detail);
  };
  parser.onerror = (e: Error) => {
    const reason = e.message.split('\n')[0]!;
    const top = stack[stack.length - 1];
    if (reason === 'Unexpected close tag') {
      fail(top ? `expected </${top.name}> (opened on line ${top.line}), got </${internals.tagName}>` : `unexpected closing tag </${internals.tagName}>: no element is open`);
    }
    if (reason === 'Unclosed root tag' && top) fail(`the file ends inside <${top.name}> (opened on line ${top.line}): expected </${top.name}>`);
    if (reason === 'Unquoted attribute value') fail(`expected a quoted value for the attribute '${internals.attribName}' in <${parser.tag?.name ?? '?'}>`);
    if (reason === 'Invalid character entity') fail(`unknown entity (expected &amp; &lt; &gt; &quot; &apos; or &#N;)`);
    if (reason === 'No whitespace between attributes') fail(`expected a space, '>' or '/>' in the tag <${parser.tag?.name ?? '?'}>`);
    fail(`${reason.replace(/\.$/, '')} (column ${parser.column + 1})`);
  };
  parser.onopentag = (tag) => {
    if (stack.length === 0 && rootSeen) fail(`expected one root element, got a second one <${tag.name}>`);
    rootSeen = true;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes as Record<string, string | { value: string }>)) attributes[k] = typeof v === 'string' ? v : v.value;
    const at = line();
    handler.open?.(tag.name, attributes, at, tag.isSelfClosing);
    stack.push({ name: tag.name, line: at });
  };
  parser.onclosetag = (name) => {
    stack.pop();
    handler.close?.(name, line());
  };
  parser.ontext = (text) => {
    if (stack.length > 0) handler.text?.(text, line());
  };
  parser.oncdata = (text) => handler.text?.(text, line());
  return {
    write: (chunk) => void parser.write(chunk),
    end: () => {
      parser.close();
      if (!rootSeen) fail('expected a root element, found none');
    },
  };
}

/** Scans `xml` and calls the handler for each element and text node, in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  const s = scanner(handler);
  s.write(xml);
  s.end();
}

/** Scans an XML file streamed in 64 KiB pieces: memory holds one piece and the handler's own state. */
export async function scanXmlFile(file: string, handler: XmlHandler): Promise<void> {
  const s = scanner(handler);
  // The decoder keeps a character split across two pieces whole.
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 })) s.write(chunk as string);
  s.end();
}
