import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { katexWoff2Only } from './scripts/katex-woff2-only.ts';
import { SECURITY_HEADERS } from './scripts/security-headers.ts';
import { lessonMarkdown } from './scripts/vite-lesson-plugin.ts';

export default defineConfig({
  plugins: [react(), katexWoff2Only(), lessonMarkdown()],
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
  },
});
