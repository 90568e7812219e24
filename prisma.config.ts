import path from "node:path";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on offline machines; our wasm-backed
// stand-in speaks the same protocol. Anyone with the native engine can set the variable.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("scripts/prisma-schema-engine.sh");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/localnews" },
});
