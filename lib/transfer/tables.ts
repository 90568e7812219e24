// What our own export carries, in the order an import can write it (foreign keys point back).
// A new table that readers' pages show must be listed here: the round trip (tests/e2e/
// transfer-roundtrip.spec.ts) compares the pages byte for byte.
// Sessions and failed sign-ins are left out: they belong to one running site, not to the content.

export type TableSpec = {
  name: string;
  /** Keyset order for reading in pages (unique). */
  key: string[];
  /** Has a serial `id` whose sequence must follow the imported rows. */
  serial: boolean;
};

export const EXPORT_TABLES: readonly TableSpec[] = [
  { name: "users", key: ["id"], serial: true },
  { name: "site_settings", key: ["id"], serial: false },
  { name: "boards", key: ["id"], serial: true },
  { name: "images", key: ["id"], serial: true },
  { name: "image_variants", key: ["id"], serial: true },
  { name: "reporter_profiles", key: ["user_id"], serial: false },
  { name: "articles", key: ["id"], serial: true },
  { name: "article_revisions", key: ["id"], serial: true },
  { name: "schedule_entries", key: ["id"], serial: true },
  { name: "article_corrections", key: ["id"], serial: true },
  { name: "article_related_picks", key: ["article_id", "position"], serial: false },
  { name: "article_daily_views", key: ["article_id", "day"], serial: false },
  { name: "redirects", key: ["id"], serial: true },
  { name: "legacy_ids", key: ["kind", "legacy_key"], serial: false },
  { name: "audit_logs", key: ["id"], serial: true },
  // Derived by the worker, but carried so the copy's pages are the same from its first request.
  { name: "most_read_articles", key: ["period", "rank"], serial: false },
  { name: "sitemap_chunks", key: ["chunk"], serial: false },
];

export const EXPORT_FORMAT = "localnews-export";
export const EXPORT_VERSION = 1;

/** What an account gets when its password hash was not exported: it matches no password. */
export const NO_PASSWORD = "!";

export type ExportHeader = {
  type: "header";
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** Migrations the source database had: the target must have the same schema. */
  migrations: string[];
  passwordHashes: boolean;
};

export type ExportRecord =
  | ExportHeader
  | { type: "rows"; table: string; rows: Array<Record<string, unknown>> }
  | { type: "file"; key: string; data: string }
  | { type: "end"; counts: Record<string, number>; files: number };
