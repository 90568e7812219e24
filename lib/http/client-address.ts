import { BlockList, isIP } from "node:net";

// Who is on the other end of a request. X-Forwarded-For and X-Forwarded-Proto are claims anyone
// can send; they are believed only when the connection comes from a proxy we were told about
// (TRUSTED_PROXIES: addresses or CIDR ranges, comma-separated; "none" trusts nobody). The
// default is this machine's loopback: the bundled nginx (`npm run start:cluster`) and any proxy
// on the same host reach the servers from there, and a client that connects directly — even
// one sending the headers — is judged by its socket address. Next.js itself never shows route
// handlers that address, so lib/http/request-gate.ts works it out before Next sees the request
// and passes it on in CLIENT_IP_HEADER.

/** Request headers set by the gate (any value a client sends is overwritten). */
export const CLIENT_IP_HEADER = "x-ln-client-ip";
export const CLIENT_PROTO_HEADER = "x-ln-client-proto";

export type TrustedProxies = { check(address: string): boolean; describe: string };

function stripMapped(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const spec = (value ?? "loopback").trim() || "loopback";
  const list = new BlockList();
  const described: string[] = [];
  for (const raw of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    if (raw === "none") continue;
    if (raw === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      described.push("loopback");
      continue;
    }
    const [address = "", bits] = raw.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range (e.g. 10.0.0.5, 10.0.0.0/8, loopback, none)`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else {
      const prefix = Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) throw new Error(`TRUSTED_PROXIES: "${raw}" has a bad prefix length`);
      list.addSubnet(address, prefix, type);
    }
    described.push(raw);
  }
  return {
    describe: described.join(", ") || "none",
    check(address) {
      const plain = stripMapped(address);
      const family = isIP(plain);
      return family !== 0 && list.check(plain, family === 4 ? "ipv4" : "ipv6");
    },
  };
}

export type ClientAddress = { ip: string; proto: "http" | "https"; viaProxy: boolean };

/**
 * The client behind a connection from `peer`: the peer itself, unless it is a trusted proxy;
 * then the rightmost X-Forwarded-For entry that is not one of our proxies (entries to its left
 * were written by whoever sent the request and prove nothing).
 */
export function resolveClientAddress(
  trusted: TrustedProxies,
  peer: string | undefined,
  forwardedFor: string | undefined,
  forwardedProto: string | undefined,
  encrypted: boolean,
): ClientAddress {
  const own = stripMapped(peer ?? "") || "unknown";
  const direct: ClientAddress = { ip: own, proto: encrypted ? "https" : "http", viaProxy: false };
  if (!peer || !trusted.check(peer)) return direct;
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => stripMapped(s.trim()))
    .filter(Boolean);
  if (hops.length === 0) return direct;
  let ip = own;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    // Garbage is someone's invention: the closest trustworthy view stands.
    if (!isIP(hop)) break;
    ip = hop;
    if (!trusted.check(hop)) break;
  }
  const proto = forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https" ? "https" : direct.proto;
  return { ip, proto, viaProxy: true };
}
