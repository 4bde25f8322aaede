/**
 * ESLint: Next.js's rules (React, hooks, a11y, core web vitals), typescript-eslint's recommended
 * rules, and the fence that keeps each domain's internals private (docs/architecture.md).
 *
 * The fence is `no-restricted-imports` with regex patterns. ESLint replaces a rule's options
 * instead of merging them, so every file matches exactly one fence block below, generated with
 * the complete list of what that part of the tree may not import.
 */
import { readdirSync } from 'node:fs';
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

/** Folders of lib/ that own a piece of the product; only their public face is importable. */
const DOMAINS = ['accounts', 'audit', 'auth', 'inbound', 'inventory', 'orders', 'outbound', 'sp-api', 'sync', 'users'];
/** Folders of lib/ that are small shared building blocks, importable file by file from anywhere. */
const SHARED = ['actions', 'crypto', 'encryption', 'exports', 'privacy', 'security', 'validation'];
/** A domain's face: `@/lib/<domain>` (index.ts) plus these entry files. */
const FACE_FILES = ['actions', 'types'];

// A new folder in lib/ must be placed on one side of the fence on purpose.
const libFolders = readdirSync(new URL('./lib/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const unplaced = libFolders.filter((name) => !DOMAINS.includes(name) && !SHARED.includes(name));
if (unplaced.length > 0) {
  throw new Error(`eslint.config.mjs: add lib/${unplaced.join(', lib/')} to DOMAINS (fenced) or SHARED (open).`);
}

const CODE = '{ts,tsx,mts,cts,js,mjs}';
/** Tests: exempt from the fence (they test internals and start the simulator). */
const TESTS = [`**/*.test.${CODE}`, `test/**/*.${CODE}`, `e2e/**/*.${CODE}`];
/** Tests and the helpers that only tests load. */
const TEST_CODE = [...TESTS, '**/test-support.ts', '**/test-fixtures.ts'];
/** The start of an import that names a top-level folder: `@/x`, `./x`, `../../x`. */
const ROOT = String.raw`^(?:@/|(?:\.{1,2}/)+)`;
const escape = (text) => text.replace(/[\\^$*+?.()|[\]{}]/g, '\\$&');

/** sp-api's face also holds the request and response types generated from Amazon's models. */
const faceOf = (domain) => (domain === 'sp-api' ? [...FACE_FILES, 'generated(?:/[^/]+)?'] : FACE_FILES);
const deepImport = (domain) => ({
  regex: `${ROOT}lib/${escape(domain)}/(?!(?:${faceOf(domain).join('|')})$)`,
  message: `lib/${domain}/ is fenced: import its public face, @/lib/${domain} (queries, services), @/lib/${domain}/actions (server actions) or @/lib/${domain}/types (types, client-safe helpers). See docs/architecture.md.`,
});
const deepImportsExcept = (own) => DOMAINS.filter((domain) => domain !== own).map(deepImport);

const layer = (folder, message) => ({ regex: `${ROOT}${escape(folder)}(?:/|$)`, message });
const LIB_LAYERS = [
  layer('simulator', 'lib/ never imports the simulator: it is a separate program that the product talks to over HTTP.'),
  layer('app', 'lib/ never imports app/: routes depend on lib/, not the other way round. Server actions live in lib/<domain>/actions.ts.'),
  layer('components', 'lib/ never imports components/: components depend on lib/, not the other way round.'),
];

/** Relative imports stay inside their folder of lib/; anything farther goes through `@/lib/...`. */
const climbOut = (depth, folder) => ({
  regex: `^(?:\\.\\./){${depth + 1}}`,
  message: `This relative import leaves lib/${folder}/: import other parts of lib/ as @/lib/<folder>, through their public face.`,
});

/**
 * `no-restricted-imports` sees only static imports and exports; this applies the same patterns to
 * `await import('...')` and to type references written `import('...').Type`.
 */
const dynamicImports = {
  meta: { type: 'problem', schema: [{ type: 'object', properties: { patterns: { type: 'array' } }, additionalProperties: false }] },
  create(context) {
    const patterns = (context.options[0]?.patterns ?? []).map(({ regex, message }) => ({ matcher: new RegExp(regex, 'u'), message }));
    const check = (literal) => {
      if (typeof literal?.value !== 'string') return;
      const broken = patterns.find(({ matcher }) => matcher.test(literal.value));
      if (broken) context.report({ node: literal, message: `'${literal.value}' is behind the fence. ${broken.message}` });
    };
    return {
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
    };
  },
};

const fence = (name, files, patterns) => ({
  name: `fence/${name}`,
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((pattern) => ({ ...pattern, caseSensitive: true })) }],
    'fence/dynamic-imports': ['error', { patterns }],
  },
});

/** One block per folder depth, so a climb out of the folder can be recognised from the text alone. */
const libFolderFences = (folder, outsidePatterns) =>
  [0, 1, 2, 3].map((depth) =>
    fence(`lib/${folder} depth ${depth}`, [`lib/${folder}/${'*/'.repeat(depth)}*.${CODE}`], [...outsidePatterns, ...LIB_LAYERS, climbOut(depth, folder)]),
  );

const fenceBlocks = [
  // Everything not matched by a more specific block below: app/, scripts/, root files.
  fence('default', [`**/*.${CODE}`], DOMAINS.map(deepImport)),
  fence(
    'components',
    [`components/**/*.${CODE}`],
    [
      ...DOMAINS.map(deepImport),
      layer('app', 'components/ never import app/: server actions come from @/lib/<domain>/actions.'),
      layer('db', 'components/ never import db/: data reaches them through @/lib/<domain> (queries) and its types through @/lib/<domain>/types.'),
      {
        regex: `${ROOT}lib/sp-api(?:/actions)?$`,
        message: 'components/ never talk to SP-API (server only): go through the domain that owns the operation. Types come from @/lib/sp-api/types.',
      },
    ],
  ),
  fence(
    'lib top level',
    [`lib/*.${CODE}`],
    [
      ...DOMAINS.map(deepImport),
      ...LIB_LAYERS,
      { regex: '^\\.\\./', message: 'This relative import leaves lib/.' },
      { regex: '^\\./[^/]+/', message: 'Import a folder of lib/ as @/lib/<folder>, through its public face.' },
    ],
  ),
  ...DOMAINS.flatMap((domain) => libFolderFences(domain, deepImportsExcept(domain))),
  ...SHARED.flatMap((folder) => libFolderFences(folder, DOMAINS.map(deepImport))),
  fence(
    'db',
    [`db/**/*.${CODE}`],
    [
      {
        regex: `${ROOT}lib/(?:${DOMAINS.map(escape).join('|')})(?:/|$)`,
        message: 'db/ is the bottom layer: it never imports a domain of lib/ (a value both need belongs in db/schema, and the domain re-exports it).',
      },
      ...LIB_LAYERS.map((pattern) => ({ ...pattern, message: pattern.message.replace(/^lib\//, 'db/') })),
    ],
  ),
  fence(
    'simulator',
    [`simulator/**/*.${CODE}`],
    [
      {
        regex: `${ROOT}(?:app|components|db|lib(?!/sp-api/generated/)|scripts|test|e2e)(?:/|$)`,
        message:
          'The simulator is a separate program: it imports only simulator/, packages and the types generated from the models (lib/sp-api/generated), never the product.',
      },
    ],
  ),
  {
    // Tests check internals and start the simulator; benchmarks measure internals. The fence is
    // for product code, so these may import anything.
    name: 'fence/tests-and-benchmarks',
    files: [...TESTS, `scripts/bench/**/*.${CODE}`, `scripts/bench-*.${CODE}`],
    rules: { 'no-restricted-imports': 'off', 'fence/dynamic-imports': 'off' },
  },
];

/** Rules of Next's presets tuned for this codebase; each exception says why. */
const tuning = [
  {
    name: 'tuning/all',
    rules: {
      // A leading underscore marks a value left out on purpose (`const { secret: _s, ...rest } = row`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `{} extends P` is the type-level test for "every parameter is optional" (lib/sp-api/client.ts).
      '@typescript-eslint/no-empty-object-type': 'off',
      // Forms close or renew themselves in an effect after their server action succeeds; moving that
      // into render would change behaviour, which #13 rules out. Revisit per component.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    name: 'tuning/outside-next',
    // Only code that Next bundles must not assign `module`; the simulator and tests name API modules so.
    files: [`simulator/**/*.${CODE}`, ...TEST_CODE],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
  {
    name: 'tuning/tests',
    // Tests reach into untyped JSON answers; the contract tests check their shape against the models.
    files: TEST_CODE,
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    name: 'tuning/tool-configs',
    // Tools' config files export an anonymous default by convention.
    files: [`*.config.${CODE}`],
    rules: { 'import/no-anonymous-default-export': 'off' },
  },
];

export default [
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.data/**',
      'sp-api-models/**',
      'lib/sp-api/generated/**',
      'test-results/**',
      'playwright-report/**',
      'blob-report/**',
      '.test-reports/**',
      'next-env.d.ts',
    ],
  },
  { name: 'fence/plugin', plugins: { fence: { rules: { 'dynamic-imports': dynamicImports } } } },
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...tuning,
  ...fenceBlocks,
];
