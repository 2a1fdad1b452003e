// ESLint flat config: typescript-eslint with type information over the hand-written TypeScript.
// Formatting is Prettier's job (npm run format:check); these rules are about correctness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'generated/',
      'templates/**/__transpiled/',
      'test/fixtures/',
      'test/codegen/**/golden/',
      '.clawgate/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // The SDK runtime is copied verbatim into generated SDKs, so no tsconfig includes its source.
        projectService: {
          allowDefaultProject: ['templates/asyncapi-ts/runtime/*.ts'],
          defaultProject: 'tsconfig.json',
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // A `let` read by closures registered before its one assignment cannot be a `const`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // Plain JavaScript (templates run by @asyncapi/generator, bin/): no type information.
    files: ['**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    // Templates are transpiled to CommonJS by @asyncapi/generator before they run.
    files: ['templates/**/*.js'],
    languageOptions: { globals: { __dirname: 'readonly' } },
  },
);
