// c8 ships no types for its Report module or for @istanbuljs/schema's lists.
declare module 'c8/lib/report.js' {
  const createReport: (options: Record<string, unknown>) => { getCoverageMapFromAllCoverageFiles(): Promise<unknown> };
  export default createReport;
}
declare module '@istanbuljs/schema/default-exclude.js' {
  const list: string[];
  export default list;
}
declare module '@istanbuljs/schema/default-extension.js' {
  const list: string[];
  export default list;
}
declare module 'istanbul-lib-report' {
  export interface Context {
    readonly dir: string;
  }
  export function createContext(options: { dir: string; coverageMap: unknown; watermarks?: unknown }): Context;
}
declare module 'istanbul-reports/lib/*' {
  const Report: new (options: Record<string, unknown>) => {
    execute(context: import('istanbul-lib-report').Context): void;
  };
  export default Report;
}
