// Preloaded into connector processes by the idle-socket memory case (with --expose-gc): on
// SIGUSR2, a full garbage collection, then process.memoryUsage() as one JSON line on stderr, so
// memory readings count what the process keeps, not garbage yet to be collected.
process.on('SIGUSR2', () => {
  globalThis.gc?.();
  process.stderr.write(`${JSON.stringify({ gcMemory: process.memoryUsage() })}\n`);
});
