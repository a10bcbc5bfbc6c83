// Writes synthetic but well-formed lcov for the coverage benchmarks: per file FN/FNDA, DA and BRDA records
// the way c8 lays them out, with deterministic pseudo-random hits.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export interface LcovShape {
  files: number;
  linesPerFile: number;
  functionsPerFile: number;
  branchesPerFile: number;
  /** Which file indexes this lcov covers (default: all). */
  include?: (fileIndex: number) => boolean;
  seed?: number;
}

export async function writeLcov(path: string, shape: LcovShape): Promise<number> {
  let state = shape.seed ?? 1;
  const rand = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state;
  };
  const out = createWriteStream(path);
  let bytes = 0;
  const put = async (text: string) => {
    bytes += text.length;
    if (!out.write(text)) await once(out, 'drain');
  };
  for (let f = 0; f < shape.files; f++) {
    if (shape.include && !shape.include(f)) continue;
    const parts: string[] = ['TN:', `SF:src/module-${Math.floor(f / 100)}/file-${f}.ts`];
    const step = Math.max(1, Math.floor(shape.linesPerFile / Math.max(1, shape.functionsPerFile)));
    for (let i = 0; i < shape.functionsPerFile; i++) parts.push(`FN:${1 + i * step},fn${i}`);
    parts.push(`FNF:${shape.functionsPerFile}`);
    let fnh = 0;
    const fnHits: number[] = [];
    for (let i = 0; i < shape.functionsPerFile; i++) {
      const h = rand() % 4 === 0 ? 0 : rand() % 50;
      fnHits.push(h);
      if (h > 0) fnh++;
    }
    parts.push(`FNH:${fnh}`);
    for (let i = 0; i < shape.functionsPerFile; i++) parts.push(`FNDA:${fnHits[i]},fn${i}`);
    let lh = 0;
    for (let l = 1; l <= shape.linesPerFile; l++) {
      const h = rand() % 5 === 0 ? 0 : rand() % 20;
      if (h > 0) lh++;
      parts.push(`DA:${l},${h}`);
    }
    parts.push(`LF:${shape.linesPerFile}`, `LH:${lh}`);
    let brh = 0;
    for (let b = 0; b < shape.branchesPerFile; b++) {
      const h = rand() % 3 === 0 ? 0 : rand() % 9;
      if (h > 0) brh++;
      parts.push(`BRDA:${1 + ((b * 7) % shape.linesPerFile)},${b >> 1},${b & 1},${h}`);
    }
    parts.push(`BRF:${shape.branchesPerFile}`, `BRH:${brh}`, 'end_of_record');
    await put(parts.join('\n') + '\n');
  }
  out.end();
  await once(out, 'close');
  return bytes;
}
