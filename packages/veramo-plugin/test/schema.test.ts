import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConnectorE2E, schema } from '../src/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('the plugin schema', () => {
  it('is up to date with the interface (regenerating changes nothing)', () => {
    expect(() => execFileSync(process.execPath, [join(repoRoot, 'scripts/gen-plugin-schema.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('describes every method the plugin exposes, each with a named args type, a return type and a description', () => {
    const plugin = new ConnectorE2E({ dbConnection: Promise.resolve({} as never), connectorUrl: 'http://127.0.0.1:1', secretKey: '00'.repeat(32) });
    const methods = schema.IConnectorE2E.components.methods as Record<string, { description: string; arguments: { $ref: string }; returnType: { $ref: string } }>;
    expect(Object.keys(methods).sort()).toEqual(Object.keys(plugin.methods).sort());
    for (const [name, m] of Object.entries(methods)) {
      expect(name).toMatch(/^e2e[A-Z]/);
      expect(m.description.length, name).toBeGreaterThan(10);
      const schemas = schema.IConnectorE2E.components.schemas as Record<string, unknown>;
      expect(schemas[m.arguments.$ref.split('/').pop()!], name).toBeDefined();
      expect(schemas[m.returnType.$ref.split('/').pop()!], name).toBeDefined();
    }
  });

  it('refuses a secretKey that is not 256 bits of hex', () => {
    expect(() => new ConnectorE2E({ dbConnection: Promise.resolve({} as never), connectorUrl: 'http://x', secretKey: 'abc' })).toThrow(TypeError);
  });
});
