// `npm run build`: the production build, stamped so `npm start` knows it is current.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { recordBuild } from "./build-stamp.ts";

const root = path.resolve(import.meta.dirname, "..");
const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, NODE_ENV: "production" } });
if (result.status !== 0) process.exit(result.status ?? 1);
await recordBuild(root);
