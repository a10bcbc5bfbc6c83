import { describe, expect, it } from 'vitest';
import { parseCsv, parseLocustStats } from '../../src/perf/locust-csv.js';
import { statTicks } from '../../src/perf/cpu.js';

const HEADER =
  'Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%';

describe("Locust's stats CSV", () => {
  it('reads per-name rows and the aggregate, with quoted names that hold commas and quotes', () => {
    const text = [
      HEADER,
      'GET,"list, page ""2""",200,4,21,25.1,3.2,410.5,2048.0,40.04,0.8,21,24,26,28,35,120,300,400,410,410,410',
      'POST,create,0,0,0,0.0,0,0,0.0,0.0,0.0,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A,N/A',
      ',Aggregated,200,4,21,25.1,3.2,410.5,2048.0,40.04,0.8,21,24,26,28,35,120,300,400,410,410,410',
      '',
    ].join('\r\n');
    const { rows, aggregated } = parseLocustStats(text, 'x_stats.csv');
    expect(rows.map((r) => r.name)).toEqual(['list, page "2"', 'create']);
    expect(rows[0]!.measured).toMatchObject({
      requests: 200,
      errors: 4,
      errorRatePct: 2,
      rps: 40,
      p50: 21,
      p95: 120,
      p99: 400,
    });
    expect(rows[0]!.avgBytes).toBe(2048);
    // No requests: no latency at all, rather than a 0 that reads as fast.
    expect(rows[1]!.measured.p95).toBeUndefined();
    expect(rows[1]!.avgBytes).toBeUndefined();
    expect(aggregated!.measured.requests).toBe(200);
  });

  it('names the file and the missing columns when it is not a Locust stats CSV', () => {
    expect(() => parseLocustStats('Name,Count\nx,1\n', 'out_stats.csv')).toThrow(
      /out_stats\.csv: not a Locust stats CSV \(missing columns 'Type', 'Request Count'/,
    );
    expect(() => parseLocustStats('', 'out_stats.csv')).toThrow(/out_stats\.csv: empty Locust stats file/);
  });

  it('splits CSV as Python writes it', () => {
    expect(parseCsv('a,"b,c",""\n"x""y",,z')).toEqual([
      ['a', 'b,c', ''],
      ['x"y', '', 'z'],
    ]);
  });
});

describe('/proc CPU ticks', () => {
  it('reads utime + stime and the process group, even when the command name has spaces and parentheses', () => {
    const stat = '4242 (node (my app)) S 1 4200 4200 0 -1 4194560 5000 0 0 0 750 250 0 0 20 0 11 0 12345 1000000 5000';
    expect(statTicks(stat)).toEqual({ pgid: 4200, ticks: 1000 });
    expect(statTicks('garbage')).toBeUndefined();
  });
});
