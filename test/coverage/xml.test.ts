import { describe, expect, it } from 'vitest';
import { XmlSyntaxError, scanXml } from '../../src/coverage/xml.js';

function events(xml: string): string[] {
  const out: string[] = [];
  scanXml(xml, {
    open: (name, attrs, line, self) => out.push(`open ${name} ${JSON.stringify(attrs)} @${line}${self ? ' self' : ''}`),
    close: (name) => out.push(`close ${name}`),
    text: (text) => {
      if (text.trim()) out.push(`text ${JSON.stringify(text)}`);
    },
  });
  return out;
}

function syntaxError(xml: string): XmlSyntaxError {
  try {
    scanXml(xml, {});
  } catch (e) {
    expect(e).toBeInstanceOf(XmlSyntaxError);
    return e as XmlSyntaxError;
  }
  throw new Error('expected a syntax error');
}

describe('scanXml', () => {
  it('reads declarations, doctype, comments, both quotes, entities, CDATA and self-closing tags', () => {
    const xml = [
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">',
      '<!-- a comment with <tags> inside -->',
      `<root a="1" b='two &amp; "three"'>`,
      '  <leaf name="x &lt; y &#65;&#x42;"/>',
      '  <text>fish &amp; chips<![CDATA[<raw> & stuff]]></text>',
      '</root>',
    ].join('\n');
    expect(events(xml)).toEqual([
      `open root {"a":"1","b":"two & \\"three\\""} @4`,
      'open leaf {"name":"x < y AB"} @5 self',
      'close leaf',
      'open text {} @6',
      'text "fish & chips"',
      'text "<raw> & stuff"',
      'close text',
      'close root',
    ]);
  });

  it('says which line is wrong and what it expected', () => {
    expect(syntaxError('<a>\n  <b>\n</a>').message).toBe('line 3: expected </b> (opened on line 2), got </a>');
    expect(syntaxError('<a>\n<b x=1/>\n</a>').message).toBe(`line 2: expected a quoted value for the attribute 'x' in <b>`);
    expect(syntaxError('<a>\n\n&bogus;</a>').message).toContain(`line 3: unknown entity`);
    // A DOCTYPE's own entities are never expanded (no entity expansion attacks).
    expect(syntaxError('<!DOCTYPE a [<!ENTITY e "boom">]>\n<a>&e;</a>').message).toContain(`line 2: unknown entity`);
    expect(syntaxError('<a>\n<b>\n').message).toContain('the file ends inside <b> (opened on line 2)');
    expect(syntaxError('<a><!-- never closed').message).toContain(`the file ends inside <a>`);
    expect(syntaxError('<a/><b/>').message).toContain('expected one root element');
    expect(syntaxError('').message).toContain('expected a root element');
    expect(syntaxError('<a b="1"c="2"/>').message).toContain(`expected a space, '>' or '/>'`);
  });
});
