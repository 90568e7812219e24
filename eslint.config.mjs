import next from "eslint-config-next";
import tseslint from "typescript-eslint";

// Seams that must stay closed (see STYLE.md): Next's private modules are never imported; the
// database is reached only through lib/ (lib/db.ts and the data modules), never from pages,
// components, the proxy or the scripts. Tests may check the database directly.
const privateNext = { group: ["next/dist", "next/dist/*"], message: "Next's private modules change without notice: use its documented APIs." };
const databaseDrivers = {
  group: ["pg", "@prisma/client", "@prisma/client/*", "@prisma/adapter-pg", "@/lib/generated/prisma/*", "**/lib/generated/prisma/*"],
  message: "PostgreSQL is reached only through lib/ (lib/db.ts and the data modules that use it).",
};

// Rules that need types (a promise nobody awaits: an error that vanishes, a write that races the
// response). The TypeScript files and the JavaScript ones tsconfig.json type-checks (lib/cache).
const typed = ["**/*.ts", "**/*.tsx", "lib/cache/*.mjs"];

const config = [
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", ".test-reports/**"] },
  ...next,
  // Declaration files next to plain-JS modules (lib/postgres/engine-core.d.mts) are TypeScript.
  { files: ["**/*.d.mts"], languageOptions: { parser: tseslint.parser } },
  {
    files: typed,
    ignores: ["**/*.d.ts"],
    plugins: { "@typescript-eslint": tseslint.plugin },
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      // A promise where a callback's return is ignored (an event handler, forEach); JSX event
      // attributes excepted: React ignores what an onClick returns, and form actions are async.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  { rules: { "no-restricted-imports": ["error", { patterns: [privateNext] }] } },
  // Reader pages link with plain <a> on purpose: every page is a whole document from the HTTP
  // cache, and a <Link> per link would hydrate and prefetch for nothing (docs/SCALING.md).
  { files: ["components/**", "app/(site)/**", "app/not-found.tsx"], rules: { "@next/next/no-html-link-for-pages": "off" } },
  {
    files: ["app/**", "components/**", "scripts/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["scripts/prisma-schema-engine.mjs"],
    rules: { "no-restricted-imports": ["error", { patterns: [privateNext, databaseDrivers] }] },
  },
  // A function that does not fit on a screen is doing more than one thing. The few that must be
  // longer say why, in the comment that lifts this rule for them.
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/generated/**"],
    rules: { "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }] },
  },
];

export default config;
