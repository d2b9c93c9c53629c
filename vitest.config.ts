import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    setupFiles: ['tests/unit/fastCheckSeed.ts'],
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Property tests, the validator fuzz and the two-node Redis test do real work; on CI's two
    // cores (or a busy laptop) they can pass 30 s without anything being wrong.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
})
