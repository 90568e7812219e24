// How the scripts end on an error: the message (never `undefined`: an error without one says
// so), then exit 1. Errors made by our own code carry "Next step: …"; others get a generic one.
export function failureMessage(error: unknown, what: string): string {
  const message = error instanceof Error ? error.message : error === undefined || error === null ? "" : String(error);
  if (!message.trim()) return `${what} failed with an error that carries no message (a bug; the output above may tell more).\nNext step: run it again; if it fails the same way, report it with that output.`;
  return /Next step:/.test(message) ? message : `${what} failed: ${message}\nNext step: the message says what went wrong; fix that and run it again.`;
}

export function exitWithFailure(error: unknown, what: string): never {
  console.error(failureMessage(error, what));
  process.exit(1);
}
