/**
 * agent.yml, loaded with Veramo's config semantics ($require, $args, $ref, $env), makes a
 * working agent: every exposed method exists and has a schema, and the plugin runs through a
 * real connector process.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorE2E, type ConnectorE2EAgent } from '@connector-e2e/veramo-plugin';
import { makeAgent, startConnector, type TestAgent, type TestConnector } from '../packages/veramo-plugin/test/helpers.js';
import { createObjects, parseRequire, readAgentConfig } from '../scripts/agent-config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = readAgentConfig(join(root, 'agent.yml'));
const exposed = (config.constants as { methods: string[] }).methods;

describe('the config loader', () => {
  it('parses $require strings as the Veramo CLI does', () => {
    expect(parseRequire('typeorm#DataSource')).toEqual({ module: 'typeorm', member: 'DataSource', type: 'class', pointer: undefined });
    expect(parseRequire('@veramo/did-provider-key?t=function&p=/key#getDidKeyResolver')).toEqual({ module: '@veramo/did-provider-key', member: 'getDidKeyResolver', type: 'function', pointer: '/key' });
    expect(() => parseRequire('x#Y?t=function')).toThrow(/before #Y/);
    expect(() => parseRequire('x?t=thing#Y')).toThrow(/class, function or object/);
  });

  it('creates classes, calls functions, takes objects and pointers, reads $env, and shares each $ref', async () => {
    const objects = await createObjects(
      {
        version: 3,
        base: 'http://example.test/',
        url: { $require: 'node:url#URL', $args: ['/a?b=1', { $ref: '/base' }] },
        joined: { $require: 'node:path?t=function#join', $args: ['a', { $env: 'PART' }] },
        sep: { $require: 'node:path?t=object&p=/sep#posix' },
        twice: [{ $ref: '/url' }, { $ref: '/url' }],
      },
      { url: '/url', joined: '/joined', sep: '/sep', twice: '/twice' },
      { env: { PART: 'b' } },
    );
    expect(String(objects.url)).toBe('http://example.test/a?b=1');
    expect(objects.joined).toBe(join('a', 'b'));
    expect(objects.sep).toBe('/');
    const [x, y] = objects.twice as unknown[];
    expect(x).toBe(objects.url);
    expect(y).toBe(objects.url);
  });

  it('names the pointer that failed and refuses circular references', async () => {
    await expect(createObjects({ a: { $ref: '/missing' } }, { a: '/a' })).rejects.toThrow(/Pointer not found: \/missing/);
    await expect(createObjects({ a: { $ref: '/b' }, b: { $ref: '/a' } }, { a: '/a' })).rejects.toThrow(/circular \$ref/);
  });
});

describe('agent.yml', () => {
  let connector: TestConnector;
  let holder: TestAgent;
  let dir: string;
  let agent: ConnectorE2EAgent;
  let db: DataSource;

  beforeAll(async () => {
    connector = await startConnector();
    holder = await makeAgent({ connectorUrl: connector.url });
    dir = mkdtempSync(join(tmpdir(), 'agent-yml-'));
    const env = { CONNECTOR_URL: connector.url, E2E_SECRET_KEY: randomBytes(32).toString('hex'), E2E_KMS_SECRET_KEY: randomBytes(32).toString('hex') };
    const objects = await createObjects(config, { agent: '/agent', db: '/dbConnection' }, { env, overrides: { '/constants/databaseFile': join(dir, 'agent.sqlite') } });
    agent = objects.agent as ConnectorE2EAgent;
    db = objects.db as DataSource;
  }, 60_000);

  afterAll(async () => {
    await agent?.e2eStopListening({}).catch(() => undefined);
    await db?.destroy();
    await holder?.close();
    await connector?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('exposes only methods the agent has, each with a schema, and all of the plugin\u2019s', () => {
    const available = agent.availableMethods();
    const schemaMethods = (agent.getSchema() as { components: { methods: Record<string, unknown> } }).components.methods;
    for (const m of exposed) {
      expect(available, m).toContain(m);
      expect(schemaMethods[m], `${m} has no schema entry`).toBeDefined();
    }
    const plugin = new ConnectorE2E({ dbConnection: db, connectorUrl: connector.url, secretKey: '00'.repeat(32) });
    const pluginMethods = Object.keys(plugin.methods);
    expect(pluginMethods.length).toBeGreaterThan(10);
    for (const m of pluginMethods) expect(exposed, m).toContain(m);
  });

  it('requires only installed modules and existing exports (outside the server section, which needs @veramo/remote-server)', async () => {
    const specs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (k === '$require' ? specs.push(String(x)) : walk(x));
    };
    const { server, ...agentPart } = config;
    expect(server).toBeDefined();
    walk(agentPart);
    expect(specs).toContain('typeorm#DataSource');
    for (const s of specs) {
      const { module, member } = parseRequire(s);
      const mod = (await import(module)) as Record<string, unknown>;
      expect(member ? mod[member] : mod, s).toBeDefined();
    }
  });

  it('runs the plugin: the first call may be a plugin method, then a DID, an invitation, and a holder connects', async () => {
    // A plugin method first: the database must already be initialized and migrated.
    expect((await agent.e2eListConnections({})).connections).toEqual([]);
    const { did } = await agent.didManagerCreate({ provider: 'did:key' });
    const invitation = await agent.e2eCreateInvitation({ did });
    expect(invitation.issuerDid).toBe(did);
    expect(invitation.connectorUrl).toBe(connector.url);
    expect(invitation.qr.version).toBeLessThanOrEqual(10);
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(connection.state).toBe('established');
    expect(connection.peerDid).toBe(did);
    expect((await agent.e2eGetConnection({ connectionId: connection.connectionId })).peerDid).toBe(holder.did);
  }, 60_000);
});
