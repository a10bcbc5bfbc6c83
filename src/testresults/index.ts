// Test results from JUnit XML or node --test output, and the annotations failing tests become.
export * from './model.js';
export { parseJUnit, readJUnit } from './junit.js';
export { parseNodeTestOutput } from './node-test.js';
