/**
 * A sender whose records go unacknowledged asks the peer for its status. How it backs off
 * while nothing answers (a peer away for days must not come back to thousands of requests
 * queued at the connector) is tested on a fake clock in probe-schedule.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';
import { isControlFrame } from '../../../test/kit/frames.js';

/** Control frames queued at the connector on a connection. */
function queuedControl(connectorDb: string, connectionId: string): number {
  const db = new Database(connectorDb, { readonly: true });
  try {
    const rows = db.prepare('SELECT payload FROM mailbox_item WHERE connection_id = ?').all(connectionId) as { payload: Buffer }[];
    return rows.filter((r) => isControlFrame(r.payload)).length;
  } finally {
    db.close();
  }
}

describe('status requests to a peer that is away', () => {
  let connector: TestConnector;
  const dir = mkdtempSync(join(tmpdir(), 'e2e-probe-'));
  const closers: Array<() => Promise<void>> = [];

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('go out once records stay unacknowledged, and are queued at the connector for the peer that is away', async () => {
    connector = await startConnector();
    const issuer = await makeAgent({ connectorUrl: connector.url, retransmitAfterMs: 200 });
    closers.push(() => issuer.close());
    const holder: TestAgent = await makeAgent({ connectorUrl: connector.url, database: join(dir, 'holder.sqlite'), secretKey: randomBytes(32).toString('hex') });
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).state === 'established', 15_000, 'the issuer side');
    await holder.close(); // away from now on

    await issuer.agent.e2eSendMessage({ connectionId, message: { messageId: 'unanswered', credentialJwt: { jwt: 'a.b.c' } } });
    // (counted after the send: its sending-key announcement is a control frame too)
    const before = queuedControl(connector.db.file!, connectionId);
    // Three transmissions without an ack (200 ms apart) make the issuer ask.
    await eventually(() => queuedControl(connector.db.file!, connectionId) > before, 10_000, 'a first status request');
  }, 60_000);
});
