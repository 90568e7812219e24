import { NextResponse, type NextRequest } from "next/server";

// Owned by the crawler-side work: answers stored redirects (301) and tombstones (410).
export async function resolveStoredRedirect(request: NextRequest): Promise<NextResponse | null> {
  void request;
  return null;
}
