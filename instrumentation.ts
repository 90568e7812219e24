// Runs once per server process, before it takes requests. The web tier keeps no background
// work of its own (that is the worker's, scripts/worker.ts); here it only checks that it was
// started with what every server of the site must share.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NODE_ENV !== "production") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseToStartWithoutIdentity } = await import("@/lib/server-identity");
  refuseToStartWithoutIdentity();
}
