// Renders GitHub-flavoured markdown with a real renderer (markdown-it: CommonMark, GFM tables, raw HTML passed
// through the way GitHub passes its allowed tags, bare URLs linked) and finds what untrusted text must never
// become: links, images, raw HTML elements, mentions outside code.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });

export function renderGfm(markdown: string): string {
  return md.render(markdown);
}

/** Elements our own report markup produces; anything else in the HTML came from somewhere else. */
const OURS = new Set([
  'h2',
  'h3',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'details',
  'summary',
  'code',
  'pre',
  'blockquote',
  'strong',
  'em',
  'hr',
  'br',
  'ul',
  'li',
  'a',
]);

export interface Findings {
  /** href of every link, ours included (tests compare with the links they expect). */
  links: string[];
  /** Elements not in our own markup (img, script, raw HTML from untrusted text). */
  foreignElements: string[];
  /** @mentions in text outside code, where GitHub would notify the person. */
  mentions: string[];
}

export function inspectHtml(html: string): Findings {
  const links = [...html.matchAll(/<a\s[^>]*href="([^"]*)"/g)].map((m) => m[1]!);
  const foreignElements = [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)]
    .map((m) => m[1]!.toLowerCase())
    .filter((t) => !OURS.has(t));
  const outsideCode = html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]*>/g, ' ');
  const mentions = [...outsideCode.matchAll(/(?:^|[^\w`])@([A-Za-z0-9][A-Za-z0-9-]*)/g)].map((m) => m[1]!);
  return { links, foreignElements, mentions };
}

/** The text of every `<code>` element, entities decoded: what a reader sees. */
export function codeTexts(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}
