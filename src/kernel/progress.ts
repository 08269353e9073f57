/**
 * Prints progress of long work on one line per step: a live counter on a terminal, and a
 * line every ~10% (and at the end) when the output is a log file or CI.
 */
export function progressPrinter(out: NodeJS.WriteStream = process.stdout) {
  const lastDecile = new Map<string, number>();
  return (step: string, done: number, total: number) => {
    const pct = total ? Math.floor((done / total) * 100) : 100;
    if (out.isTTY) {
      out.write(`\r  ${step}: ${done}/${total} (${pct}%)${done >= total ? '\n' : ''}`);
      return;
    }
    const decile = Math.floor(pct / 10);
    if (done >= total || decile !== lastDecile.get(step)) {
      lastDecile.set(step, decile);
      out.write(`  ${step}: ${done}/${total} (${pct}%)\n`);
    }
  };
}
