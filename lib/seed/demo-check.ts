import { demoPasswordAccounts, demoPasswordRefusal, demoPasswordsAllowed, knownDemoPasswords } from "./demo-safety.ts";

/**
 * For a production server or worker started on its own (not through `npm start`, which checks
 * before starting anything): looks for demo passwords in the background and stops the process
 * when it finds one. A database that does not answer yet is not a reason to stop: the check is
 * then left to `npm start` / the next restart, and said so.
 */
export function refuseDemoPasswordsInProduction(env: NodeJS.ProcessEnv = process.env): void {
  const url = env.DATABASE_URL;
  if (!url || demoPasswordsAllowed(env)) return;
  demoPasswordAccounts(url, knownDemoPasswords(env)).then(
    (accounts) => {
      if (accounts.length === 0) return;
      console.error(demoPasswordRefusal(accounts));
      process.exit(1);
    },
    (error: unknown) => console.error(`could not check the accounts for demo passwords (${(error as Error).message}); will check at the next start`),
  );
}
