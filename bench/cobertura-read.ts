// Reading a 100 MB Cobertura report (2,000 classes of 1,100 lines, a branch every tenth line): peak RSS and time
// of readCoberturaDetail now (streamed through sax in 64 KiB pieces) against the reader it replaced (the
// whole file read into one string, then the hand-written scanner), taken from git at --before (default: the
// last commit that had it). Both keep the same per-line hit maps, which a 2.2 million line report needs
// whatever the parser: the difference is the file text held in memory. The parser alone (events counted,
// nothing kept) shows what streaming costs by itself. Each reader is bundled to plain
// JavaScript with esbuild (as dist/ is; esbuild comes with tsx) and runs in its own node process.
// Run: npx tsx bench/cobertura-read.ts [--before <commit>]
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleForNode, runMeasured } from './support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLASSES = 2000;
const LINES = 1100;

const CHILD = `
const [kind, file, module] = process.argv.slice(2);
const started = performance.now();
let detail = '';
if (kind === 'scan') {
  // The parser alone, every event counted and dropped: its own memory, whatever the file size.
  const { scanXmlFile } = await import(module);
  let elements = 0;
  await scanXmlFile(file, { open: () => elements++ });
  detail = elements + ' elements';
} else if (kind !== 'idle') {
  const { readCoberturaDetail } = await import(module);
  const d = await readCoberturaDetail(file);
  let lines = 0;
  for (const f of d.files.values()) lines += f.lines.size;
  detail = d.files.size + ' files, ' + lines + ' lines';
}
process.stdout.write(JSON.stringify({ ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024, detail }) + '\\n');
`;

async function writeCobertura(file: string): Promise<void> {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(
    '<?xml version="1.0" ?>\n<!DOCTYPE coverage SYSTEM "http://cobertura.sourceforge.net/xml/coverage-04.dtd">\n<coverage line-rate="0.5" branch-rate="0.5" version="1.9" timestamp="1">\n<sources><source>/repo</source></sources>\n<packages><package name="src" line-rate="0.5" branch-rate="0.5">\n<classes>\n',
  );
  for (let c = 0; c < CLASSES; c++) {
    let chunk = `<class name="m${c}.ts" filename="src/module${c}/file${c}.ts" line-rate="0.5" branch-rate="0.5">\n<methods><method name="f${c}" hits="1" signature="()V"><lines><line number="1" hits="1"/></lines></method></methods>\n<lines>\n`;
    for (let l = 1; l <= LINES; l++) {
      chunk +=
        l % 10 === 0
          ? `\t<line number="${l}" hits="${l % 3}" branch="true" condition-coverage="50% (1/2)"/>\n`
          : `\t<line number="${l}" hits="${l % 3}" branch="false"/>\n`;
    }
    await write(`${chunk}</lines>\n</class>\n`);
  }
  await write('</classes>\n</package></packages>\n</coverage>\n');
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

interface Measured {
  ms: number;
  maxRssMb: number;
  detail: string;
}

function measure(childFile: string, kind: string, file: string, module: string): Measured {
  return runMeasured<Measured>(childFile, [kind, file, module]);
}

/** The old cobertura.ts and xml.ts from git, beside today's tree (so detail.ts and model.ts resolve), bundled. */
async function bundleBefore(before: string, out: string): Promise<string | undefined> {
  const tag = `.before-${process.pid}`;
  const files: string[] = [];
  try {
    const show = (p: string) => execFileSync('git', ['-C', root, 'show', `${before}:${p}`], { encoding: 'utf8' });
    const xml = path.join(root, 'src/coverage', `${tag}-xml.ts`);
    const cobertura = path.join(root, 'src/coverage', `${tag}-cobertura.ts`);
    writeFileSync(xml, show('src/coverage/xml.ts'));
    files.push(xml);
    writeFileSync(cobertura, show('src/coverage/cobertura.ts').replace("'./xml.js'", `'./${tag}-xml.js'`));
    files.push(cobertura);
    return await bundleForNode(cobertura, out);
  } catch {
    return undefined;
  } finally {
    for (const f of files) rmSync(f, { force: true });
  }
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--before');
  const before = at > 0 ? process.argv[at + 1]! : '7d9a6d0';
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cobertura-'));
  try {
    const file = path.join(dir, 'coverage.xml');
    await writeCobertura(file);
    console.log(
      `cobertura: ${CLASSES} classes, ${CLASSES * LINES} lines: ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`,
    );
    const childFile = path.join(dir, 'child.mjs');
    writeFileSync(childFile, CHILD);
    const now = await bundleForNode(path.join(root, 'src/coverage/cobertura.ts'), path.join(dir, 'now.mjs'));
    const scanner = await bundleForNode(path.join(root, 'src/coverage/xml.ts'), path.join(dir, 'xml.mjs'));
    const old = await bundleBefore(before, path.join(dir, 'before.mjs'));
    if (!old) console.log(`before: n/a (no ${before} in this checkout's git history)`);
    const row = (name: string, m: Measured) =>
      console.log(
        `${name.padEnd(40)} ${m.ms.toFixed(0).padStart(6)} ms  ${m.maxRssMb.toFixed(0).padStart(5)} MB peak RSS  ${m.detail}`,
      );
    measure(childFile, 'now', file, now); // warm the page cache
    row('idle node', measure(childFile, 'idle', file, ''));
    const measuredNow = measure(childFile, 'now', file, now);
    row('now: scanXmlFile alone (sax, streamed)', measure(childFile, 'scan', file, scanner));
    row('now: sax, streamed', measuredNow);
    if (old) {
      const then = measure(childFile, 'before', file, old);
      row(`before (${before}): one string + scanner`, then);
      console.log(
        `now vs before: ${(measuredNow.maxRssMb / then.maxRssMb).toFixed(2)}x peak RSS, ${(measuredNow.ms / then.ms).toFixed(2)}x time`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
