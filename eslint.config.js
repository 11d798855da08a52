import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/**
 * Import direction (ARCHITECTURE.md): shared imports nothing of ours; renderer imports only
 * shared; electron/core never imports electron or the shell; nothing imports the renderer
 * but the renderer.
 */
const ours = (...folders) => folders.flatMap((f) => [`**/${f}/**`, `**/${f}`]);

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/renderer/**', '**/test/**'], message: 'shared/ imports nothing of ours.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'shared/ is pure: no Node built-ins.' },
            { group: ['react', 'react-dom', 'electron'], message: 'shared/ is pure: no UI or shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**', '**/test/**'], message: 'renderer/ imports only shared/.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'electron'], message: 'renderer/ runs in a sandboxed page.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'electron/core never imports electron: the CLI and browser host use it too.' }],
          patterns: [
            { group: ['**/renderer/**', ...ours('main', 'preload', 'host', 'cli')], message: 'electron/core imports only shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/{main,preload,host,cli}/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: 'The shell talks to the renderer only through the contract.' }] }],
    },
  },
);
