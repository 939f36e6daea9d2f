// ESLint: Next's and typescript-eslint's recommended rules, Prettier's formatting left to Prettier, and the layer
// rules of STYLE.md as import and syntax rules, so the build says when a layer is crossed.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const DATABASE = {
  group: ["@/lib/db", "@/lib/db/*", "@prisma/*", "**/lib/db/*", "better-sqlite3", "pg"],
  message: "Only lib/ touches the database: call the table's owner module in lib/ instead.",
};
const PROVISIONING = {
  group: ["@/lib/provisioning", "@/lib/provisioning/*", "**/lib/provisioning/*"],
  message: "lib/mapping and lib/expressions are pure: what reads or writes mapping versions lives in lib/provisioning.",
};
const NEXT = {
  group: ["next", "next/*", "react", "react-dom"],
  message: "The SCIM core knows nothing about Next or React.",
};

/** Tables with one owner folder: the Prisma delegates and the quoted table names (raw SQL) others may not use. */
const TABLE_OWNERS = [
  {
    owner: "lib/logs",
    models: [
      "scimRequestLog",
      "scimRequestHourlyCount",
      "provisioningLogEntry",
      "provisioningLogIdentity",
      "provisioningLogDailyCount",
      "provisioningLogHourlyCount",
      "savedLogView",
    ],
    tables: [
      "ScimRequestLog",
      "ScimRequestHourlyCount",
      "ProvisioningLogEntry",
      "ProvisioningLogIdentity",
      "ProvisioningLogDailyCount",
      "ProvisioningLogHourlyCount",
      "SavedLogView",
    ],
  },
  {
    owner: "lib/directory",
    models: ["orgUser", "orgUserEmail", "orgUserSearchTerm", "orgGroup", "orgGroupMember"],
    tables: ["OrgUser", "OrgUserEmail", "OrgUserSearchTerm", "OrgGroup", "OrgGroupMember"],
  },
];

function ownerSelectors({ owner, models, tables }) {
  const message = `Only ${owner} reads and writes ${tables.join(", ")}: call a function of ${owner}.`;
  return [
    { selector: `MemberExpression[property.name=/^(${models.join("|")})$/]`, message },
    { selector: `Literal[value=/"(${tables.join("|")})"/]`, message },
    { selector: `TemplateElement[value.raw=/"(${tables.join("|")})"/]`, message },
  ];
}

/** One config per owner folder (it may touch its own tables) and one for the rest: ESLint does not merge rule options. */
const tableOwnerRules = [
  ...TABLE_OWNERS.map((own) => ({
    files: [`${own.owner}/**/*.ts`],
    ignores: ["**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...TABLE_OWNERS.filter((o) => o !== own).flatMap(ownerSelectors)] },
  })),
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    ignores: [...TABLE_OWNERS.map((o) => `${o.owner}/**`), "**/*.test.ts"],
    rules: { "no-restricted-syntax": ["error", ...TABLE_OWNERS.flatMap(ownerSelectors)] },
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  prettier,
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "node_modules/**",
    "lib/db/generated/**",
    "prisma/generated/**",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    files: ["lib/mapping/**/*.ts", "lib/expressions/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE, PROVISIONING] }] },
  },
  {
    files: ["lib/scim/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE, NEXT] }] },
  },
  ...tableOwnerRules,
  {
    // Scripts and tests may seed and inspect any table; plain Node files are CommonJS or ESM scripts.
    files: ["bin/**/*.js", "tools/**/*.{js,mjs,cjs}", "*.{js,mjs,cjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
]);
