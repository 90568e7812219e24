import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { existsSync } from "node:fs";

// Children that die with the script that started them, even if it is killed with SIGKILL: on
// Linux, util-linux's `setpriv --pdeathsig` asks the kernel to send SIGTERM to the child when
// its parent goes. Without it (other systems) the script's own signal handlers are all there is.
const SETPRIV = "/usr/bin/setpriv";
const canTie = process.platform === "linux" && existsSync(SETPRIV);

export function spawnTied(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return canTie ? spawn(SETPRIV, ["--pdeathsig", "SIGTERM", "--", command, ...args], options) : spawn(command, args, options);
}
