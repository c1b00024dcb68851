import { isatty } from 'node:tty';
import createDebug from 'debug';
import { afterEach, describe, expect, it } from 'vitest';
import { settleDebugColors, warnIfDebugPrintsSecrets } from '../src/agent/debug-guard.js';

describe('the debug guard', () => {
  const before = createDebug.disable();
  afterEach(() => createDebug.enable(before));

  it("warns once, naming the namespaces, when Veramo's agent debug output would print invitation secrets", async () => {
    const warnings: Error[] = [];
    const listener = (w: Error) => warnings.push(w);
    process.on('warning', listener);
    try {
      createDebug.enable('connector-e2e:*');
      warnIfDebugPrintsSecrets(); // only the plugin's own namespace: nothing to warn about
      createDebug.enable('veramo:agent:*');
      warnIfDebugPrintsSecrets();
      warnIfDebugPrintsSecrets();
      await new Promise((r) => setImmediate(r));
    } finally {
      process.off('warning', listener);
    }
    expect(warnings).toHaveLength(1);
    expect((warnings[0] as Error & { code?: string }).code).toBe('CONNECTOR_E2E_DEBUG_PRINTS_SECRETS');
    expect(warnings[0]!.message).toContain('veramo:agent:e2eCreateInvitation, veramo:agent:e2eAcceptInvitation');
  });

  it("settles debug's colour choice to what it would ask the terminal, and leaves DEBUG_COLORS's choice alone", () => {
    const opts = createDebug.inspectOpts!;
    const had = 'colors' in opts;
    const saved = opts.colors;
    try {
      delete opts.colors;
      settleDebugColors();
      expect(opts.colors).toBe(isatty(process.stderr.fd));
      opts.colors = !isatty(process.stderr.fd); // as DEBUG_COLORS would set it
      settleDebugColors();
      expect(opts.colors).toBe(!isatty(process.stderr.fd));
      expect((createDebug('veramo:agent:x') as unknown as { useColors: boolean }).useColors).toBe(!isatty(process.stderr.fd)); // what debug decides from it
    } finally {
      if (had) opts.colors = saved;
      else delete opts.colors;
    }
  });
});
