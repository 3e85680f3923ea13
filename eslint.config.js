import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';

// Layers from DESIGN.md "Layout": core <- url, data <- views <- app; a view never imports another view.
// data may start the import worker (src/worker), which runs the core off the main thread.
const layer = (type, ...allowed) => ({
  from: { element: { type } },
  allow: { to: { element: { types: { anyOf: [type, ...allowed] } } } },
});

export default tseslint.config(
  {
    ignores: ['dist', 'build', 'node_modules', 'public', 'coverage', 'test-results', 'bench/profiles', 'out'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'cli', pattern: 'src/cli' },
        { type: 'worker', pattern: 'src/worker' },
        { type: 'data', pattern: 'src/data' },
        { type: 'url', pattern: 'src/url' },
        { type: 'ui', pattern: 'src/ui' },
        { type: 'view', pattern: 'src/views/*', capture: ['name'] },
        { type: 'app', pattern: 'src/app' },
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            layer('core'),
            layer('cli', 'core'),
            layer('worker', 'core'),
            layer('data', 'core', 'worker'),
            layer('url', 'core'),
            layer('ui', 'core'),
            {
              from: { element: { type: 'view' } },
              allow: { to: { element: { types: { anyOf: ['core', 'data', 'url', 'ui'] } } } },
            },
            {
              from: { element: { type: 'view' } },
              allow: { to: { element: { type: 'view', captured: { name: '{{ from.name }}' } } } },
            },
            layer('app', 'core', 'data', 'url', 'ui', 'view', 'worker'),
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.{js,mjs}', 'bench/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // The core is pure: no DOM, network, clock or randomness.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'fetch', 'localStorage', 'navigator', 'performance'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The core is deterministic: use a seeded generator.' },
        { object: 'Date', property: 'now', message: 'The core has no clock: pass times in.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The core has no clock.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'node:fs', 'fs', 'node:path', 'path'], patterns: ['react/*', 'node:*'] },
      ],
    },
  },
);
