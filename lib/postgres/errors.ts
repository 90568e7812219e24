// "The database is not there right now" — refused, reset, timed out, shutting down — as the
// Prisma client and the pg driver report it, so callers can say "try again in a moment" instead
// of failing with a 500. Anything else (a constraint, a bug) is not this.
const CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
const MESSAGES = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|Connection terminated|connection timeout|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (?:starting up|shutting down|in recovery mode)|Unable to start a transaction|Timed out fetching a new connection|Client has encountered a connection error/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
    if (typeof candidate.code === "string" && CODES.has(candidate.code)) return true;
    if (typeof candidate.message === "string" && MESSAGES.test(candidate.message)) return true;
    const meta = candidate.meta as { driverAdapterError?: unknown } | undefined;
    e = meta?.driverAdapterError ?? candidate.cause;
  }
  return false;
}
