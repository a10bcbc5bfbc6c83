import { describe, expect, it } from 'vitest';
import { FunctionHits } from '../../src/coverage/function-hits.js';

describe('FunctionHits', () => {
  it('pairs FNDA with FN in order and reads back as a Map of "line,name"', () => {
    const f = new FunctionHits();
    expect(f.appendFn(17, 'get')).toBe(true);
    expect(f.appendFn(19, 'get')).toBe(true);
    expect(f.addFnda('get', 3)).toBe(true);
    expect(f.addFnda('get', 0)).toBe(true);
    expect(f.metric()).toEqual({ covered: 1, total: 2 });
    expect([...f]).toEqual([
      ['17,get', { line: 17, hits: 3, name: 'get' }],
      ['19,get', { line: 19, hits: 0, name: 'get' }],
    ]);
    expect(f.listed()).toEqual({ names: ['get', 'get'], keys: ['17,get', '19,get'], fndaPaired: 2 });
  });

  it('refuses what it cannot pair for sure and then behaves as a plain Map', () => {
    const f = new FunctionHits();
    f.appendFn(5, 'a');
    expect(f.appendFn(5, 'b')).toBe(false);
    expect(f.addFnda('b', 1)).toBe(false);
    f.get('5,a')!.hits += 2;
    expect(f.compact).toBe(false);
    expect(f.appendFn(9, 'c')).toBe(false);
    f.set('5,b', { line: 5, hits: 0, name: 'b' });
    expect([...f.keys()]).toEqual(['5,a', '5,b']);
    expect(f.metric()).toEqual({ covered: 1, total: 2 });
  });
});
