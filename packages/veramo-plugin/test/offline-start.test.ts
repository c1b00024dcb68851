/**
 * An agent that (re)starts while its connector is unreachable comes up anyway: its sends wait
 * in the outbox and go out, and it starts listening, once the connector is back.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBackend } from '../../connector/test/helpers/backends.js';
import { spawnConnector, type ConnectorProcess } from '../../../test/kit/connector-process.js';
import { eventually, makeAgent, type TestAgent } from './helpers.js';

describe('an agent started while its connector is down', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-offline-start-'));
  const stops: Array<() => Promise<void>> = [];

  afterAll(async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts sends into its outbox and delivers them once the connector is back', async () => {
    const target = await sqliteBackend.create();
    stops.push(() => target.cleanup());
    let connector: ConnectorProcess | undefined = await spawnConnector(target);
    const stopConnector = async () => {
      connector?.child.kill('SIGTERM');
      await connector?.exited;
      connector = undefined;
    };
    stops.push(stopConnector);
    const url = connector.url;
    const issuer = await makeAgent({ connectorUrl: url });
    stops.push(() => issuer.close());
    const holderConfig = { connectorUrl: url, database: join(dir, 'holder.sqlite'), secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    let holder: TestAgent = await makeAgent(holderConfig);
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');

    // The holder stops; the connector goes down; the holder starts again.
    const did = holder.did;
    await holder.close();
    const port = Number(new URL(url).port);
    await stopConnector();
    holder = await makeAgent({ ...holderConfig, did });
    stops.push(() => holder.close());

    const sent = await holder.agent.e2eSendMessage({ connectionId, message: { messageId: 'offline-1', credentialJwt: { jwt: 'a.b.c' } } });
    expect(sent.delivered).toBe(false);
    expect((await holder.agent.e2eGetConnection({ connectionId })).unacked).toBe(1);

    connector = await spawnConnector(target, [], port);
    await eventually(async () => {
      const rows: { message_id: string }[] = await issuer.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ?', [connectionId]);
      return rows.some((r) => r.message_id === 'offline-1');
    }, 30_000, 'the message at the issuer');
    await eventually(async () => (await holder.agent.e2eGetConnection({ connectionId })).unacked === 0, 30_000, 'the end-to-end ack');
    // And the holder listens again: a message to it arrives.
    await issuer.agent.e2eSendMessage({ connectionId, message: { messageId: 'back-1', credentialJwt: { jwt: 'd.e.f' } } });
    await eventually(async () => {
      const rows: { message_id: string }[] = await holder.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ?', [connectionId]);
      return rows.some((r) => r.message_id === 'back-1');
    }, 30_000, 'the message at the holder');
  }, 120_000);
});
