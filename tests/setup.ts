import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadMath } from '../src/ui/math-loader';

// KaTeX loads after the page's text in the app; tests render formulas at once
await preloadMath();

afterEach(() => {
  cleanup();
});
