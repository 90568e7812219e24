// Types for engine-core.mjs (kept in JS so the CLI stand-in runs without a transpiler).
import type {
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { MigrationList, SchemaEngine, SchemaFilter };

export function loadSchemaEngineWasm(): typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
export function connectionFields(url: string): Record<string, unknown> & { database?: string };
export function databaseName(url: string): string;
export function quoteIdent(name: string): string;
export function databaseExists(url: string): Promise<boolean>;
export function createDatabaseIfMissing(url: string): Promise<boolean>;
export function dropDatabase(url: string): Promise<void>;
export function readSchemaFiles(schemaPaths: string[]): Promise<Array<[string, string]>>;
export function readMigrationsList(migrationsDir: string, shadowDbInitScript?: string): Promise<MigrationList>;
export const emptyFilter: SchemaFilter;
export function withSchemaEngine<T>(
  options: EngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T>;
export interface EngineOptions {
  url: string;
  shadowDatabaseUrl?: string | undefined;
  datamodels?: Array<[string, string]> | undefined;
  log?: ((line: string) => void) | undefined;
}
export interface EngineSession {
  engine: SchemaEngine;
  run<T>(fn: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
export function openSchemaEngine(options: EngineOptions): Promise<EngineSession>;
export function onEnginePanic(listener: (message: string) => void): void;
export function normalizeEngineError(e: unknown): Error;
