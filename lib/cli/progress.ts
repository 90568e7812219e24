// A progress line for long CLI jobs, on stderr: redrawn in place on a terminal, one line per
// 10% in logs and CI (no carriage-return noise in files).

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

export type ProgressBar = ((done: number, total: number) => void) & { finish(): void };

export function progressBar(unit: string, stream: NodeJS.WriteStream = process.stderr): ProgressBar {
  let started = Date.now();
  const tty = stream.isTTY === true;
  let lastStep = -1;
  let lastDraw = 0;
  let drawnOpen = false;
  const update = (done: number, total: number) => {
    // (0, total) marks the start: set-up before it is not in the rate.
    if (done === 0) started = Date.now();
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const elapsed = Date.now() - started;
    const rate = elapsed > 0 ? (done / elapsed) * 1000 : 0;
    const eta = rate > 0 ? ((total - done) / rate) * 1000 : 0;
    const width = 30;
    const filled = Math.round(fraction * width);
    const line =
      `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}% ` +
      `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${unit} · ${Math.round(rate).toLocaleString("en-US")}/s · ETA ${duration(eta)}`;
    if (tty) {
      const now = Date.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      stream.write(`\r${line}\x1b[K`);
      drawnOpen = true;
      if (done >= total) {
        stream.write("\n");
        drawnOpen = false;
      }
    } else {
      const step = Math.floor(fraction * 10);
      if (step !== lastStep) {
        lastStep = step;
        stream.write(`${line}\n`);
      }
    }
  };
  return Object.assign(update, {
    finish() {
      if (drawnOpen) stream.write("\n");
      drawnOpen = false;
    },
  });
}
