import createDebug from 'debug';
import { afterEach, describe, expect, it } from 'vitest';
import { warnIfDebugPrintsSecrets } from '../src/agent/debug-guard.js';

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
});
