import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The core's own tests, in Node, for mutation testing of src/core (`npm run test:mutation`). */
export default defineConfig({
  // the project root beside this file (inside Stryker's sandbox when it runs there)
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    environment: 'node',
    include: ['tests/core/**/*.test.ts'],
    exclude: ['tests/core/boundary.test.ts'],
  },
});
