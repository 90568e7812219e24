import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**"] },
  ...next,
];

export default config;
