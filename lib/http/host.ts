import { hostname, networkInterfaces } from "node:os";
import { env, type Env } from "@/lib/env";

// The Host names this site answers to, for the code that builds absolute URLs from the request
// (next-auth). With SITE_URL (or NEXTAUTH_URL) set, that host; always this machine's own names
// and addresses (so the demo works on localhost and across a LAN); plus ALLOWED_HOSTS
// (comma-separated host or host:port). A request naming any other host gets a 400 instead of
// links and redirects pointing at it (host-header injection, poisoned caches).

function hostsFromUrl(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const url = new URL(value);
    return [url.host.toLowerCase(), url.hostname.toLowerCase()];
  } catch {
    return [];
  }
}

function machineNames(): string[] {
  const names = ["localhost", "127.0.0.1", "[::1]", hostname().toLowerCase()];
  for (const list of Object.values(networkInterfaces())) {
    for (const entry of list ?? []) names.push(entry.family === "IPv6" ? `[${entry.address.toLowerCase()}]` : entry.address);
  }
  return names;
}

export function allowedHosts(vars: Partial<Pick<Env, "SITE_URL" | "NEXTAUTH_URL" | "ALLOWED_HOSTS">> = env()): Set<string> {
  const hosts = new Set<string>([...hostsFromUrl(vars.SITE_URL), ...hostsFromUrl(vars.NEXTAUTH_URL), ...machineNames()]);
  for (const entry of (vars.ALLOWED_HOSTS ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean)) hosts.add(entry);
  return hosts;
}

/** Whether `host` (a Host header: name or name:port) is one of ours. */
export function isAllowedHost(host: string | null | undefined, allowed: Set<string> = allowedHosts()): boolean {
  const value = (host ?? "").trim().toLowerCase();
  if (!value || value.length > 255 || !/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(value)) return false;
  if (allowed.has(value)) return true;
  const name = value.replace(/:\d{1,5}$/, "");
  return allowed.has(name);
}
