import { NextResponse, type NextRequest } from "next/server";

// Owned by the auth work: sends signed-out visitors of /editor to /login early.
// Replace the cookie-presence check with the real session cookie name once it exists.
export async function guardEditorArea(request: NextRequest): Promise<NextResponse | null> {
  void request;
  return null;
}
