// Test results from each runner's own output (JUnit XML, jest/vitest JSON, node --test, mocha, unittest), and the annotations failing tests become.
export * from './model.js';
export { parseJUnit, readJUnit } from './junit.js';
export { parseNodeTestOutput } from './node-test.js';
export { parseJestJson, readJestJson } from './jest-json.js';
export { parseMochaOutput } from './mocha.js';
export { parseUnittestOutput } from './unittest.js';
