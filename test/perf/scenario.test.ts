import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/pipeline/stage.js';
import { checkBaseUrl, loadScenario, plannedSeconds } from '../../src/perf/scenario.js';
import { tempDir } from '../support/temp.js';

const dir = tempDir('perf-scenario-');

function scenarioFile(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

function errorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

const GOOD = `baseUrl: http://127.0.0.1:8000
warmup: { seconds: 2 }
stages: [ { users: 10, seconds: 10 }, { users: 50, seconds: 10 }, { users: 100, seconds: 10 } ]
endpoints:
  - { name: list posts, method: GET, path: /api/foro/posts/?page_size=50, weight: 3 }
  - { name: popular, path: /api/foro/posts/popular/, weight: 1 }
budgets: { p95Ms: 200, p99Ms: 500, errorRatePct: 1, maxQueries: 4, minRps: 50 }
repeat: 3
`;

describe('loadScenario', () => {
  it('reads stages, weighted endpoints, budgets and defaults', () => {
    const s = loadScenario(scenarioFile('good.yml', GOOD), dir);
    expect(s.stages.map((x) => x.users)).toEqual([10, 50, 100]);
    expect(s.endpoints).toMatchObject([
      { name: 'list posts', method: 'GET', path: '/api/foro/posts/?page_size=50', weight: 3 },
      { name: 'popular', method: 'GET', path: '/api/foro/posts/popular/', weight: 1 },
    ]);
    expect(s.budgets).toMatchObject({ p95Ms: 200, p99Ms: 500, errorRatePct: 1, maxQueries: 4, minRps: 50 });
    expect(s.repeat).toBe(3);
    expect(s.limits.maxTotalSeconds).toBe(120);
    expect(s.budgetsLine).toBe(7);
    expect(plannedSeconds(s)).toBe(96);
  });

  it('names an endpoint by method and path when it has no name', () => {
    const s = loadScenario(
      scenarioFile('noname.yml', 'stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /health }]\n'),
      dir,
    );
    expect(s.endpoints[0]!.name).toBe('GET /health');
  });

  it('points at the line of an unknown key, with a suggestion', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile(
          'typo.yml',
          'stages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\nbudgets:\n  p95ms: 200\n',
        ),
        dir,
      ),
    );
    expect(e.message).toMatch(/^typo\.yml:4:3: unknown setting 'budgets\.p95ms' \(did you mean 'p95Ms'\?\)/);
  });

  it('points at the line of a value of the wrong type', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile('users.yml', 'endpoints: [{ path: /x }]\nstages:\n  - users: many\n    seconds: 1\n'),
        dir,
      ),
    );
    expect(e.message).toMatch(
      /^users\.yml:3:12: 'stages\[0\]\.users' must be a whole number from 1 to 1000, got 'many'/,
    );
  });

  it('refuses more users than the ceiling', () => {
    const e = errorOf(() =>
      loadScenario(scenarioFile('many.yml', 'endpoints: [{ path: /x }]\nstages: [{ users: 5000, seconds: 1 }]\n'), dir),
    );
    expect(e.message).toMatch(/^many\.yml:2:19: .*from 1 to 1000, got 5000/);
  });

  it('refuses a full URL as an endpoint path: load only goes to the base URL', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile('abs.yml', 'stages: [{ users: 1, seconds: 1 }]\nendpoints:\n  - path: http://example.com/x\n'),
        dir,
      ),
    );
    expect(e.message).toMatch(/^abs\.yml:3:11: 'endpoints\[0\]\.path' must be a path starting with a single "\/"/);
    const e2 = errorOf(() =>
      loadScenario(
        scenarioFile('abs2.yml', 'stages: [{ users: 1, seconds: 1 }]\nendpoints:\n  - path: //example.com/x\n'),
        dir,
      ),
    );
    expect(e2.message).toMatch(/^abs2\.yml:3:11:/);
  });

  it('requires a path on every endpoint, naming the item line', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile(
          'nopath.yml',
          'stages: [{ users: 1, seconds: 1 }]\nendpoints:\n  - path: /a\n  - name: b\n    weight: 2\n',
        ),
        dir,
      ),
    );
    expect(e.message).toMatch(/^nopath\.yml:4:5: 'endpoints\[1\]\.path' is required/);
  });

  it('refuses a load that would run past the total time limit', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile(
          'long.yml',
          'endpoints: [{ path: /x }]\nrepeat: 3\nstages:\n  - { users: 1, seconds: 30 }\n  - { users: 2, seconds: 30 }\n',
        ),
        dir,
      ),
    );
    expect(e.message).toMatch(/^long\.yml:3:1: the load would run 180 s .* over limits\.maxTotalSeconds 120/);
  });

  it('lets the time limit go down but not above its ceiling', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile(
          'cap.yml',
          'endpoints: [{ path: /x }]\nstages: [{ users: 1, seconds: 1 }]\nlimits: { maxTotalSeconds: 3600 }\n',
        ),
        dir,
      ),
    );
    expect(e.message).toMatch(/^cap\.yml:3:28: 'limits\.maxTotalSeconds' must be a number from 1 to 600/);
    const s = loadScenario(
      scenarioFile(
        'cap-down.yml',
        'endpoints: [{ path: /x }]\nstages: [{ users: 1, seconds: 1 }]\nlimits: { maxTotalSeconds: 5 }\n',
      ),
      dir,
    );
    expect(s.limits.maxTotalSeconds).toBe(5);
  });

  it('refuses a remote base URL unless allowRemote is set', () => {
    const e = errorOf(() =>
      loadScenario(
        scenarioFile(
          'remote.yml',
          'baseUrl: https://api.example.com\nstages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\n',
        ),
        dir,
      ),
    );
    expect(e.message).toMatch(
      /^remote\.yml:1:1: base URL https:\/\/api\.example\.com is not a loopback address; .*allowRemote: true/,
    );
    const s = loadScenario(
      scenarioFile(
        'remote-ok.yml',
        'baseUrl: https://api.example.com\nallowRemote: true\nstages: [{ users: 1, seconds: 1 }]\nendpoints: [{ path: /x }]\n',
      ),
      dir,
    );
    expect(s.baseUrl).toBe('https://api.example.com');
  });

  it('says where broken YAML breaks', () => {
    const e = errorOf(() =>
      loadScenario(scenarioFile('broken.yml', 'stages: [{ users: 1, seconds: 1 }\nendpoints: [{ path: /x }]\n'), dir),
    );
    expect(e.message).toMatch(/^broken\.yml:\d+:\d+: invalid YAML/);
  });

  it('requires stages and endpoints, and unique endpoint names', () => {
    expect(
      errorOf(() => loadScenario(scenarioFile('nostages.yml', 'endpoints: [{ path: /x }]\n'), dir)).message,
    ).toMatch(/'stages' must list at least one stage/);
    expect(
      errorOf(() =>
        loadScenario(scenarioFile('noends.yml', 'stages: [{ users: 1, seconds: 1 }]\nendpoints: []\n'), dir),
      ).message,
    ).toMatch(/^noends\.yml:2:1: 'endpoints' must list/);
    expect(
      errorOf(() =>
        loadScenario(
          scenarioFile(
            'dupe.yml',
            'stages: [{ users: 1, seconds: 1 }]\nendpoints:\n  - { name: a, path: /x }\n  - { name: a, path: /y }\n',
          ),
          dir,
        ),
      ).message,
    ).toMatch(/^dupe\.yml:4:5: .*'a' is used twice/);
  });

  it('says when the file is missing', () => {
    expect(errorOf(() => loadScenario(path.join(dir, 'nope.yml'), dir)).message).toMatch(
      /perf scenario nope\.yml does not exist/,
    );
  });
});

describe("the forum API fixture's perf.yml", () => {
  it('is a valid scenario that fits its own time limit', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const s = loadScenario(path.join(root, 'test/fixtures/forum-api/perf.yml'), root);
    expect(s.stages.map((x) => x.users)).toEqual([10, 50, 100]);
    // Reads across pages, cursors and details, and writes, so the load reaches the database.
    expect(s.endpoints.map((e) => e.name)).toEqual(
      expect.arrayContaining(['list page 40', 'list by cursor', 'post detail', 'popular', 'new post', 'new comment']),
    );
    expect(s.endpoints.filter((e) => e.method === 'POST').map((e) => e.path)).toEqual([
      '/api/foro/posts/',
      '/api/foro/posts/1/comments/',
    ]);
    expect(s.reference!.stages.map((r) => [r.users, r.p95Ms])).toEqual([
      [10, 120],
      [50, 300],
      [100, 700],
    ]);
    expect(s.reference!.before.queries).toBe(45);
    expect(plannedSeconds(s)).toBeLessThanOrEqual(s.limits.maxTotalSeconds);
    expect(s.budgets.maxQueries).toBeDefined();
  });
});

describe('checkBaseUrl', () => {
  it('accepts loopback addresses and refuses others and non-http schemes', () => {
    for (const url of ['http://127.0.0.1:8000', 'http://localhost:3000/api', 'http://[::1]:80', 'http://127.1.2.3']) {
      expect(checkBaseUrl(url, false, 'x').protocol).toBe('http:');
    }
    expect(() => checkBaseUrl('http://10.0.0.5', false, 'x')).toThrow(/not a loopback address/);
    expect(() => checkBaseUrl('ftp://127.0.0.1', true, 'x')).toThrow(/must use http or https/);
    expect(() => checkBaseUrl('not a url', false, 'perf.url')).toThrow(/^perf\.url: base URL must be an absolute/);
  });
});
