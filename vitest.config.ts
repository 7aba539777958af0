import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { pillWords } from './wxt.config';

export default defineConfig({
  // pillWords: the pills import `virtual:pill-words` (made from the locale files, as in the build), so unit tests can load them.
  plugins: [WxtVitest(), pillWords()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
