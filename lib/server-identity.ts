import { readFileSync } from "node:fs";
import path from "node:path";
import { env, type Env } from "@/lib/env";

// What every server of one site must share, and a refusal to start without it. Several servers
// behind one load balancer must agree on the key that seals session cookies (NEXTAUTH_SECRET),
// the key that encrypts server actions' bound values (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) and
// the build they run (NEXT_DEPLOYMENT_ID, which is also the build id and the shared cache's
// key prefix). `npm start` and `npm run start:cluster` generate and keep all three; a server
// started by hand in production without them would fail later and obscurely, so it stops now.

export type IdentityProblem = { variable: string; problem: string };

function base64Bytes(value: string): number {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return -1;
  return Buffer.from(value, "base64").length;
}

/** The build id of the build in `distDir` (next.config.ts makes it the deployment id). */
export function builtDeploymentId(distDir = env().NEXT_DIST_DIR): string | null {
  try {
    return readFileSync(path.join(distDir, "BUILD_ID"), "utf8").trim();
  } catch {
    return null;
  }
}

export function identityProblems(vars: Partial<Env>, buildId: string | null): IdentityProblem[] {
  const problems: IdentityProblem[] = [];
  const secret = vars.NEXTAUTH_SECRET || vars.AUTH_SECRET;
  if (!secret) problems.push({ variable: "NEXTAUTH_SECRET", problem: "is not set" });
  else if (secret.length < 32) problems.push({ variable: "NEXTAUTH_SECRET", problem: "is shorter than 32 characters" });

  const key = vars.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!key) problems.push({ variable: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", problem: "is not set" });
  else if (![16, 24, 32].includes(base64Bytes(key))) {
    problems.push({ variable: "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", problem: "must be base64 of 16, 24 or 32 bytes (e.g. `openssl rand -base64 32`)" });
  }

  const deployment = vars.NEXT_DEPLOYMENT_ID;
  if (!deployment) problems.push({ variable: "NEXT_DEPLOYMENT_ID", problem: "is not set" });
  else if (buildId && buildId !== deployment) {
    problems.push({ variable: "NEXT_DEPLOYMENT_ID", problem: `is "${deployment}" but this build was made as "${buildId}"; start with the id it was built with` });
  }
  return problems;
}

export function identityRefusal(problems: IdentityProblem[]): string {
  return [
    "Refusing to start: every server of the site must share these settings, and this one lacks them:",
    ...problems.map((p) => `  - ${p.variable} ${p.problem}`),
    "Set them in the environment of `next build` and of every `next start` (see README, \"Several servers\"),",
    "or start the site with `npm start` / `npm run start:cluster`, which generate and keep them for you.",
  ].join("\n");
}

/** Stops this process unless it was started with the shared settings (see above). */
export function refuseToStartWithoutIdentity(): void {
  const problems = identityProblems(env(), builtDeploymentId());
  if (problems.length === 0) return;
  console.error(identityRefusal(problems));
  process.exit(1);
}
