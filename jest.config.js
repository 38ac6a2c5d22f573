/** Native ESM jest: ts-jest compiles, ts-jest-resolver maps the `.js` specifiers NodeNext needs. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  resolver: 'ts-jest-resolver',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  clearMocks: true,
  setupFiles: ['<rootDir>/__tests__/helpers/no-network.ts'],
  testTimeout: 60000,
  // The end-to-end tests (test.concurrent) each run the action in child processes: three at a
  // time per file overlap their waits without crowding two cores.
  maxConcurrency: 3,
  // Jest's default (cores − 1) runs the suite in one process on a two-core machine, where half its
  // time is spent waiting on child processes and local servers: one worker per core takes a third
  // off (150 s to 100 s here).
  maxWorkers: '100%'
}
