// Runs once per server process, before it takes requests. The web tier keeps no background
// work of its own (that is the worker's, scripts/worker.ts); here it checks the environment
// (lib/env.ts), installs the request gate (lib/http/request-gate.ts: the client's address,
// refusals of malformed requests) and checks that it was started with what every server of the
// site must share.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const { installRequestGate } = await import("@/lib/http/request-gate");
  try {
    // Every variable checked now, so a typo stops the server before it takes a request.
    env();
    installRequestGate();
  } catch (error) {
    // A proxy list that cannot be read would silently trust no one, or the wrong one.
    console.error(`Refusing to start: ${(error as Error).message}`);
    process.exit(1);
  }
  if (process.env.NODE_ENV !== "production" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { refuseToStartWithoutIdentity } = await import("@/lib/server-identity");
  refuseToStartWithoutIdentity();
  const { refuseDemoPasswordsInProduction } = await import("@/lib/seed/demo-check");
  refuseDemoPasswordsInProduction();
}
