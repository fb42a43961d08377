import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts', 'src/**/*.test.ts'],
    // The end-to-end tests spawn the built CLI; two cores are all CI has.
    pool: 'forks',
    // RuleTester registers its cases with the global describe / it, as it does under mocha or jest.
    globals: true,
    testTimeout: 20_000,
  },
});
