// Two projects: fast unit tests beside the code, and e2e tests in test/ against real Postgres and
// Meilisearch started once by the global setup. The code is ESM, so Jest runs with
// --experimental-vm-modules (see the "test" script) and SWC strips the types.
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        // The web pages are TSX rendered to strings by preact-render-to-string (src/web/views).
        react: { runtime: 'automatic', importSource: 'preact' },
      },
      target: 'es2023',
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  // .ts files are parsed without JSX so that `<T>value` casts keep their meaning.
  transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
};

export default {
  testTimeout: 60000,
  reporters: [['default', { summaryThreshold: 0 }], '<rootDir>/test/support/summary-reporter.cjs'],
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
