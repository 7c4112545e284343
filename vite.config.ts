import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { katexWoff2Only } from './scripts/katex-woff2-only.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';
import { lessonMarkdown } from './scripts/vite-lesson-plugin.ts';

export default defineConfig({
  plugins: [react(), katexWoff2Only(), lessonMarkdown()],
  build: {
    // dist/.vite/manifest.json: which files each entry and lazy chunk needs (npm run bench:ui reads it)
    manifest: true,
    rolldownOptions: {
      output: {
        // Vendor code in chunks of its own, so a change to the app does not invalidate them:
        // React (every page needs it) and KaTeX (fetched with the lesson's text).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
            { name: 'katex', test: /node_modules[\\/](katex|react-katex)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: SECURITY_HEADERS,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // a safety net, not a budget: the slowest component tests take 3–5 s on a quiet machine and
    // several times that when other work shares the cores; none asserts a duration
    testTimeout: 30_000,
  },
});
