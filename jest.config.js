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
  testTimeout: 60000
}
