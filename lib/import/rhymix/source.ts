// Reading a live XE 1.x / Rhymix 2.x database (MySQL/MariaDB) through mysql2. Text arrives as
// the bytes stored (no server-side conversion) and is decoded here as strict UTF-8, so a broken
// row is found and named instead of silently becoming U+FFFD, and old sites whose latin1 tables
// hold UTF-8 bytes read correctly. Passwords are never selected.
import mysql from "mysql2/promise";

export class ImportError extends Error {
  constructor(
    message: string,
    /** What to do next, for the CLI to print under the message. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = "ImportError";
  }
}

const TEXT_TYPES = new Set(["STRING", "VAR_STRING", "VARCHAR", "BLOB", "TINY_BLOB", "MEDIUM_BLOB", "LONG_BLOB", "JSON"]);

type RawRow = Record<string, Buffer | number | string | null>;

const utf8 = new TextDecoder("utf-8", { fatal: true });

export class InvalidTextError extends ImportError {
  constructor(table: string, column: string, key: string) {
    super(
      `${table}.${column} of ${key} is not valid UTF-8`,
      `fix that row in the XE database (or delete it), then run the import again; boards already imported are not redone`,
    );
  }
}

function text(row: RawRow, column: string, table: string, key: string): string {
  const value = row[column];
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return value;
  try {
    return utf8.decode(value);
  } catch {
    throw new InvalidTextError(table, column, key);
  }
}

function num(row: RawRow, column: string): number {
  const value = row[column];
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return value;
  return Number(Buffer.isBuffer(value) ? value.toString("latin1") : value) || 0;
}

export type XeBoard = {
  moduleSrl: number;
  mid: string;
  title: string;
  description: string;
  listCount: number | null;
  categories: Array<{ srl: number; title: string; parentSrl: number }>;
};

export type XeDocument = {
  srl: number;
  moduleSrl: number;
  categorySrl: number;
  title: string;
  content: string;
  readedCount: number;
  isNotice: boolean;
  /** PUBLIC, SECRET, TEMP, … (from `status`, or `is_secret` on XE before 1.5). */
  status: string;
  memberSrl: number;
  nickName: string;
  regdate: string;
  lastUpdate: string;
};

export type XeFile = { fileSrl: number; targetSrl: number; uploadedFilename: string; sourceFilename: string };
export type XeMember = { memberSrl: number; userId: string; nickName: string; denied: boolean };

export type XeSource = {
  database: string;
  prefix: string;
  boards(): Promise<XeBoard[]>;
  /** Documents in these modules, or in the whole site (null). */
  countDocuments(moduleSrls: number[] | null): Promise<number>;
  countFiles(): Promise<number>;
  /** One board's documents in `document_srl` order, `after` a srl, at most `limit`. */
  documents(moduleSrl: number, after: number, limit: number): Promise<XeDocument[]>;
  files(targetSrls: number[]): Promise<XeFile[]>;
  members(memberSrls: number[]): Promise<XeMember[]>;
  close(): Promise<void>;
};

function describeConnectError(error: unknown, url: URL): ImportError {
  const code = (error as { code?: string }).code;
  const where = `${url.hostname}:${url.port || 3306}`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "ETIMEDOUT" || code === "EHOSTUNREACH") {
    return new ImportError(`cannot reach MySQL/MariaDB at ${where} (${code})`, "check the host and port in --from, and that the server is running");
  }
  if (code === "ER_ACCESS_DENIED_ERROR") {
    return new ImportError(`MySQL/MariaDB at ${where} refused user "${decodeURIComponent(url.username)}"`, "check the user and password in --from (mysql://user:pass@host/db)");
  }
  if (code === "ER_BAD_DB_ERROR") {
    return new ImportError(`there is no database "${url.pathname.slice(1)}" on ${where}`, "check the database name at the end of --from");
  }
  return new ImportError(`cannot open the XE database: ${(error as Error).message}`);
}

/** Opens the XE database at `url` and checks that `prefix` names an XE/Rhymix install in it. */
export async function openXeSource(rawUrl: string, prefix: string): Promise<XeSource> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new ImportError(`--from is not a URL: ${rawUrl}`, "write it as mysql://user:password@host:3306/database");
  }
  if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") {
    throw new ImportError(`--from must be a mysql:// URL, not ${url.protocol}//`, "write it as mysql://user:password@host:3306/database");
  }
  const database = decodeURIComponent(url.pathname.slice(1));
  if (!database) throw new ImportError("--from names no database", "add the database name: mysql://user:password@host/database");
  if (!/^[A-Za-z0-9_]*$/.test(prefix)) throw new ImportError(`--prefix may only hold letters, digits and _ (got "${prefix}")`);

  let conn: mysql.Connection;
  try {
    conn = await mysql.createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username || "root"),
      password: decodeURIComponent(url.password),
      database,
      charset: "utf8mb4",
      connectTimeout: 10_000,
      // Stored bytes as Buffers; decoded (strictly) by the code that knows which row it is.
      typeCast: (field, next) => (TEXT_TYPES.has(field.type) ? field.buffer() : next()),
      supportBigNumbers: true,
    });
  } catch (error) {
    throw describeConnectError(error, url);
  }
  try {
    // No conversion on the way out: we want the bytes as stored.
    await conn.query("SET character_set_results = NULL");
    await checkTables(conn, database, prefix);
  } catch (error) {
    await conn.end().catch(() => {});
    throw error;
  }
  return createSource(conn, database, prefix);
}

async function checkTables(conn: mysql.Connection, database: string, prefix: string): Promise<void> {
  const [rows] = await conn.query<mysql.RowDataPacket[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()");
  const tables = new Set(rows.map((row) => (Buffer.isBuffer(row.name) ? row.name.toString("utf8") : String(row.name))));
  const required = ["modules", "documents"];
  const missing = required.filter((name) => !tables.has(prefix + name));
  if (missing.length === 0) return;
  const candidates = [...tables]
    .filter((name) => name.endsWith("documents") && tables.has(`${name.slice(0, -"documents".length)}modules`))
    .map((name) => name.slice(0, -"documents".length));
  if (candidates.length > 0) {
    throw new ImportError(
      `database "${database}" has no XE tables with prefix "${prefix}" (no ${missing.map((m) => prefix + m).join(", ")})`,
      `its XE tables use the prefix ${candidates.map((c) => `"${c}"`).join(" or ")}: run again with --prefix ${candidates[0]}`,
    );
  }
  throw new ImportError(
    `database "${database}" is not an XE/Rhymix database: it has no ${missing.map((m) => prefix + m).join(" or ")} table`,
    "point --from at the database of the XE/Rhymix site (see db_info.php / config/config.php of that site)",
  );
}

// Long by nature: a factory whose body is the XeSource methods (each one query and its row
// mapping) sharing the connection, the table prefix and two lazily read schema caches.
// eslint-disable-next-line max-lines-per-function -- a factory of short methods (above)
function createSource(conn: mysql.Connection, database: string, prefix: string): XeSource {
  const t = (name: string) => `\`${prefix}${name}\``;
  let documentColumns: Set<string> | null = null;
  let hasTable: Map<string, boolean> | null = null;

  async function tableExists(name: string): Promise<boolean> {
    if (!hasTable) {
      const [rows] = await conn.query<mysql.RowDataPacket[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE()");
      hasTable = new Map(rows.map((row) => [Buffer.isBuffer(row.name) ? row.name.toString("utf8") : String(row.name), true]));
    }
    return hasTable.has(prefix + name);
  }

  async function columns(): Promise<Set<string>> {
    if (!documentColumns) {
      const [rows] = await conn.query<mysql.RowDataPacket[]>(`SHOW COLUMNS FROM ${t("documents")}`);
      documentColumns = new Set(rows.map((row) => (Buffer.isBuffer(row.Field) ? row.Field.toString("utf8") : String(row.Field))));
      for (const name of ["document_srl", "module_srl", "title", "content", "regdate"]) {
        if (!documentColumns.has(name)) throw new ImportError(`${prefix}documents has no ${name} column: this is not an XE/Rhymix documents table`);
      }
    }
    return documentColumns;
  }

  async function rows(sql: string, params: unknown[] = []): Promise<RawRow[]> {
    const [result] = await conn.query<mysql.RowDataPacket[]>(sql, params);
    return result as RawRow[];
  }

  return {
    database,
    prefix,
    async boards() {
      const modules = await rows(`SELECT module_srl, mid, browser_title, description FROM ${t("modules")} WHERE module = 'board' ORDER BY module_srl`);
      const listCounts = new Map<number, number>();
      if (await tableExists("module_extra_vars")) {
        for (const row of await rows(`SELECT module_srl, value FROM ${t("module_extra_vars")} WHERE name = 'list_count'`)) {
          const n = Number(text(row, "value", "module_extra_vars", `module_srl ${num(row, "module_srl")}`));
          if (Number.isInteger(n) && n > 0) listCounts.set(num(row, "module_srl"), n);
        }
      }
      const categories = new Map<number, XeBoard["categories"]>();
      if (await tableExists("document_categories")) {
        for (const row of await rows(`SELECT category_srl, module_srl, parent_srl, title FROM ${t("document_categories")} ORDER BY module_srl, list_order, category_srl`)) {
          const key = `category_srl ${num(row, "category_srl")}`;
          const list = categories.get(num(row, "module_srl")) ?? [];
          list.push({ srl: num(row, "category_srl"), title: text(row, "title", "document_categories", key), parentSrl: num(row, "parent_srl") });
          categories.set(num(row, "module_srl"), list);
        }
      }
      return modules.map((row) => {
        const srl = num(row, "module_srl");
        const key = `module_srl ${srl}`;
        return {
          moduleSrl: srl,
          mid: text(row, "mid", "modules", key),
          title: text(row, "browser_title", "modules", key),
          description: text(row, "description", "modules", key),
          listCount: listCounts.get(srl) ?? null,
          categories: categories.get(srl) ?? [],
        };
      });
    },
    async countDocuments(moduleSrls) {
      if (moduleSrls?.length === 0) return 0;
      const result = moduleSrls
        ? await rows(`SELECT count(*) AS n FROM ${t("documents")} WHERE module_srl IN (?)`, [moduleSrls])
        : await rows(`SELECT count(*) AS n FROM ${t("documents")}`);
      return num(result[0] ?? {}, "n");
    },
    async countFiles() {
      if (!(await tableExists("files"))) return 0;
      return num((await rows(`SELECT count(*) AS n FROM ${t("files")}`))[0] ?? {}, "n");
    },
    async documents(moduleSrl, after, limit) {
      const cols = await columns();
      const optional = (name: string, fallback: string) => (cols.has(name) ? name : `${fallback} AS ${name}`);
      const list = [
        "document_srl", "module_srl", optional("category_srl", "0"), "title", "content", optional("readed_count", "0"), optional("is_notice", "'N'"),
        optional("status", "'PUBLIC'"), optional("is_secret", "'N'"), optional("member_srl", "0"), optional("nick_name", "''"), "regdate", optional("last_update", "regdate"),
      ];
      const result = await rows(
        `SELECT ${list.join(", ")} FROM ${t("documents")} WHERE module_srl = ? AND document_srl > ? ORDER BY document_srl LIMIT ?`,
        [moduleSrl, after, limit],
      );
      return result.map((row) => {
        const srl = num(row, "document_srl");
        const key = `document_srl ${srl}`;
        const secret = text(row, "is_secret", "documents", key) === "Y";
        return {
          srl,
          moduleSrl: num(row, "module_srl"),
          categorySrl: num(row, "category_srl"),
          title: text(row, "title", "documents", key),
          content: text(row, "content", "documents", key),
          readedCount: num(row, "readed_count"),
          isNotice: text(row, "is_notice", "documents", key) === "Y",
          status: secret ? "SECRET" : text(row, "status", "documents", key).toUpperCase() || "PUBLIC",
          memberSrl: num(row, "member_srl"),
          nickName: text(row, "nick_name", "documents", key),
          regdate: text(row, "regdate", "documents", key),
          lastUpdate: text(row, "last_update", "documents", key),
        };
      });
    },
    async files(targetSrls) {
      if (targetSrls.length === 0 || !(await tableExists("files"))) return [];
      const result = await rows(
        `SELECT file_srl, upload_target_srl, uploaded_filename, source_filename FROM ${t("files")} WHERE upload_target_srl IN (?) ORDER BY file_srl`,
        [targetSrls],
      );
      return result.map((row) => {
        const key = `file_srl ${num(row, "file_srl")}`;
        return {
          fileSrl: num(row, "file_srl"),
          targetSrl: num(row, "upload_target_srl"),
          uploadedFilename: text(row, "uploaded_filename", "files", key),
          sourceFilename: text(row, "source_filename", "files", key),
        };
      });
    },
    async members(memberSrls) {
      if (memberSrls.length === 0 || !(await tableExists("member"))) return [];
      const result = await rows(`SELECT member_srl, user_id, nick_name, denied FROM ${t("member")} WHERE member_srl IN (?)`, [memberSrls]);
      return result.map((row) => {
        const key = `member_srl ${num(row, "member_srl")}`;
        return {
          memberSrl: num(row, "member_srl"),
          userId: text(row, "user_id", "member", key),
          nickName: text(row, "nick_name", "member", key),
          denied: text(row, "denied", "member", key) === "Y",
        };
      });
    },
    close: () => conn.end(),
  };
}
