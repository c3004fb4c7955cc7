import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'dist-*/**', '**/dist-*/**', 'public/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Dependencies point one way: apps -> packages. Packages never import React, the DOM-bound
    // viewer, or Cornerstone's rendering stack.
    files: ['packages/**/*.{ts,tsx,mts}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'packages/* must not depend on React or the app store.' },
            { group: ['@caliper/viewer', '**/apps/**'], message: 'packages/* must not import the app.' },
            { group: ['@cornerstonejs/core', '@cornerstonejs/tools', '@cornerstonejs/core/*', '@cornerstonejs/tools/*'], message: 'packages/* stay renderer-free; Cornerstone lives in apps/viewer.' },
          ],
        },
      ],
    },
  },
  {
    // The engine and the shared types run in workers and Node: no DOM.
    files: ['packages/engine/src/**/*.ts', 'packages/core/src/**/*.ts'],
    ignores: ['packages/engine/src/worker/createEngineWorker.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'window', message: 'no DOM in the engine' }, { name: 'document', message: 'no DOM in the engine' }],
    },
  },
  {
    files: ['packages/engine/**/*.ts'],
    ignores: ['packages/engine/bench/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'packages/* must not depend on React or the app store.' },
            { group: ['@caliper/viewer', '**/apps/**'], message: 'packages/* must not import the app.' },
            { group: ['@cornerstonejs/core', '@cornerstonejs/tools', '@cornerstonejs/core/*', '@cornerstonejs/tools/*'], message: 'the engine is renderer-free.' },
          ],
        },
      ],
    },
  },
);
