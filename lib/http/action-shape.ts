// What a server action call must look like before Next decodes it. Next (React's decodeReply)
// answers a 500 for a body that is not a JSON array of arguments, or that points at parts the
// request does not have; our own code never runs. The calls this site makes are: a JSON array of
// plain values (previewArticleAction), or multipart with the arguments in field "0" and each
// FormData argument's fields under "{n}_" (every form action). Plain values are strings (React
// escapes a leading "$" as "$$"), numbers, booleans, null, arrays and objects; the few "$" codes
// allowed are undefined, the special numbers and, in multipart, a FormData part ($K{n}).

const PLAIN_CODES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
const MAX_DEPTH = 32;

function plain(value: unknown, formDataParts: Set<string> | null, depth: number): boolean {
  // formDataParts: null for a JSON call (no parts at all); the fields' prefixes for multipart.
  if (depth > MAX_DEPTH) return false;
  if (value === null || typeof value === "number" || typeof value === "boolean") return true;
  if (typeof value === "string") {
    if (!value.startsWith("$") || value.startsWith("$$") || PLAIN_CODES.has(value)) return true;
    // A FormData argument (multipart only); a form without fields has no parts, which is fine.
    return formDataParts !== null && /^\$K[0-9a-f]+$/.test(value);
  }
  if (Array.isArray(value)) return value.every((item) => plain(item, formDataParts, depth + 1));
  if (typeof value === "object") return Object.values(value as Record<string, unknown>).every((item) => plain(item, formDataParts, depth + 1));
  return false;
}

function parseArray(text: string): unknown[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : null;
  } catch {
    return null;
  }
}

/** A JSON-encoded call (`text/plain`): an array of plain values. */
export function isWellFormedJsonCall(body: string): boolean {
  const args = parseArray(body);
  return args !== null && plain(args, null, 0);
}

/** A multipart call: field "0" holds the arguments, FormData arguments (`$K{n}`) their own fields. */
export function isWellFormedMultipartCall(fields: Iterable<[string, unknown]>): boolean {
  let args: string | null = null;
  const parts = new Set<string>();
  for (const [name, value] of fields) {
    if (name === "0") {
      if (typeof value !== "string" || args !== null) return false;
      args = value;
      continue;
    }
    const prefix = /^([0-9a-f]+)_/.exec(name);
    if (prefix) parts.add(prefix[1]!);
  }
  if (args === null) return false;
  const parsed = parseArray(args);
  return parsed !== null && plain(parsed, parts, 0);
}
