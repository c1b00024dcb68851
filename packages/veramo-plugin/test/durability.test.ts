/**
 * Durability: tampered state fails closed; messages survive a holder that is offline and a
 * connector that is down; many connections at once each deliver exactly once.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteBackend, type DbTarget } from '../../connector/test/helpers/backends.js';
import { spawnConnector } from '../../../test/kit/connector-process.js';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

const credential = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

async function connect(issuer: TestAgent, holder: TestAgent): Promise<string> {
  const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
  const c = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
  await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state === 'established', 15_000, 'the issuer side');
  return c.connectionId;
}

async function inboxIds(a: TestAgent, connectionId: string): Promise<string[]> {
  const rows: { message_id: string }[] = await a.db.query('SELECT message_id FROM e2e_inbox WHERE connection_id = ? ORDER BY id', [connectionId]);
  return rows.map((r) => r.message_id);
}

async function outbox(a: TestAgent, connectionId: string): Promise<{ kind: string; status: string; message_id: string }[]> {
  return a.db.query('SELECT kind, status, message_id FROM e2e_outbox WHERE connection_id = ? ORDER BY id', [connectionId]);
}

async function sessionSealed(a: TestAgent, connectionId: string): Promise<string> {
  const rows: { session_sealed: string }[] = await a.db.query('SELECT session_sealed FROM e2e_connection WHERE connection_id = ?', [connectionId]);
  return rows[0]!.session_sealed;
}

async function setSessionSealed(a: TestAgent, connectionId: string, value: string): Promise<void> {
  await a.db.query('UPDATE e2e_connection SET session_sealed = ? WHERE connection_id = ?', [value, connectionId]);
}

/** One base64url character changed in the middle of a sealed value. */
function flipOne(sealed: string): string {
  const at = Math.floor(sealed.length / 2);
  const c = sealed[at]!;
  return sealed.slice(0, at) + (c === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
}

describe('state that was tampered with fails closed', () => {
  let connector: TestConnector;
  let issuer: TestAgent;
  let holder: TestAgent;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url });
    holder = await makeAgent({ connectorUrl: connector.url });
  }, 60_000);

  afterAll(async () => {
    await holder?.close();
    await issuer?.close();
    await connector?.stop();
  });

  it.each([
    ['one character of the sealed session is changed', async (_a: TestAgent, _other: string, own: string) => flipOne(own)],
    ["another connection's sealed session is copied into the row", async (a: TestAgent, other: string) => sessionSealed(a, other)],
  ])('sending fails with state_corrupt and nothing leaves when %s', async (_what, tamper) => {
    const connectionId = await connect(issuer, holder);
    const otherId = await connect(issuer, holder);
    const original = await sessionSealed(issuer, connectionId);
    const replaced = await tamper(issuer, otherId, original);
    expect(replaced).not.toBe(original);
    await setSessionSealed(issuer, connectionId, replaced);
    const outboxBefore = await outbox(issuer, connectionId);

    await expect(issuer.agent.e2eSendMessage({ connectionId, message: credential(1) })).rejects.toThrow(/^state_corrupt: /);
    await expect(issuer.agent.e2eGetConnection({ connectionId })).rejects.toThrow(/^state_corrupt: /);
    // The list still shows every connection; the corrupt one carries its error.
    const listed = (await issuer.agent.e2eListConnections({})).connections.find((c) => c.connectionId === connectionId);
    expect(listed?.error).toMatch(/^state_corrupt: /);
    expect(await outbox(issuer, connectionId)).toEqual(outboxBefore);
    expect(await sessionSealed(issuer, connectionId)).toBe(replaced); // nothing was rewritten on top of it

    // The genuine state still works once restored: the failure destroyed nothing.
    await setSessionSealed(issuer, connectionId, original);
    const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(2) });
    await eventually(async () => (await inboxIds(holder, connectionId)).length > 0, 15_000, 'the message after the restore');
    // Only the message sent after the restore ever reached the holder.
    expect(await inboxIds(holder, connectionId)).toEqual([sent.messageId]);
  });
});

describe.each(['plain', 'etamp'] as const)('messages wait for a party that is away, on %s connections', (envelope) => {
  let connector: TestConnector | undefined;
  let target: DbTarget;
  let dir: string;

  beforeAll(async () => {
    target = await sqliteBackend.create();
    dir = mkdtempSync(join(tmpdir(), 'e2e-durability-'));
  });

  afterAll(async () => {
    await connector?.stop();
    await target?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('messages sent while the holder is offline arrive when it comes back with the same database and keys', async () => {
    connector = await startConnector(target);
    const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex') };
    const database = join(dir, 'holder.sqlite');
    const issuer = await makeAgent({ connectorUrl: connector.url, envelope });
    let holder = await makeAgent({ connectorUrl: connector.url, database, ...keys });
    try {
      const connectionId = await connect(issuer, holder);
      expect((await holder.agent.e2eGetConnection({ connectionId })).envelope ?? 'plain').toBe(envelope);
      const did = holder.did;
      await holder.close();

      const sent = [];
      for (let i = 0; i < 3; i++) {
        const r = await issuer.agent.e2eSendMessage({ connectionId, message: credential(10 + i) });
        expect(r.delivered).toBe(true); // stored by the connector for the absent holder
        sent.push(r);
      }
      expect((await outbox(issuer, connectionId)).filter((o) => o.kind === 'record')).toHaveLength(3); // no end-to-end ack yet

      holder = await makeAgent({ connectorUrl: connector.url, database, did, ...keys });
      await holder.agent.e2eStartListening({});
      await eventually(async () => (await inboxIds(holder, connectionId)).length >= 3, 15_000, 'the queued messages');
      expect(await inboxIds(holder, connectionId)).toEqual(sent.map((s) => s.messageId));
      const got = await holder.agent.e2eGetMessages({ connectionId });
      expect(got.messages.map((m) => m.message.credentialJwt?.jwt)).toEqual([10, 11, 12].map((n) => credential(n).credentialJwt.jwt));
      await eventually(async () => (await outbox(issuer, connectionId)).filter((o) => o.kind === 'record').length === 0, 15_000, 'the end-to-end acks');
    } finally {
      await holder.close();
      await issuer.close();
    }
  });

  it('a message sent while the connector is down waits in the outbox and goes out when it is back', async () => {
    connector ??= await startConnector(target);
    const issuer = await makeAgent({ connectorUrl: connector.url, envelope });
    const holder = await makeAgent({ connectorUrl: connector.url });
    try {
      const connectionId = await connect(issuer, holder);
      const port = Number(new URL(connector.url).port);
      await connector.stop();
      connector = undefined;

      const sent = await issuer.agent.e2eSendMessage({ connectionId, message: credential(20) });
      expect(sent.delivered).toBe(false);
      const waiting = (await outbox(issuer, connectionId)).filter((o) => o.kind === 'record');
      // The connector-facing id is random: it names neither the counter nor the sending key.
      expect(waiting).toEqual([{ kind: 'record', status: 'pending', message_id: expect.stringMatching(/^r\.[A-Za-z0-9_-]{16}$/) }]);

      // Same database file, same port: the agents' URLs stay valid.
      const proc = await spawnConnector(target, [], port);
      connector = {
        url: proc.url,
        process: proc,
        db: target,
        async stop() {
          proc.child.kill('SIGTERM');
          await proc.exited;
        },
      };
      await eventually(async () => (await inboxIds(holder, connectionId)).length > 0, 30_000, 'the message after the restart');
      expect(await inboxIds(holder, connectionId)).toEqual([sent.messageId]);
      await eventually(async () => (await outbox(issuer, connectionId)).filter((o) => o.kind === 'record').length === 0, 30_000, 'the end-to-end ack');
    } finally {
      await holder.close();
      await issuer.close();
    }
  }, 90_000);
});

describe('many connections at once', () => {
  let connector: TestConnector;
  let issuer: TestAgent;

  beforeAll(async () => {
    connector = await startConnector();
    issuer = await makeAgent({ connectorUrl: connector.url });
  }, 60_000);

  afterAll(async () => {
    await issuer?.close();
    await connector?.stop();
  });

  it('twenty holders accepting at the same time each get their message exactly once', async () => {
    const holders = await Promise.all(Array.from({ length: 20 }, () => makeAgent({ connectorUrl: connector.url })));
    try {
      const invitations = await Promise.all(holders.map(() => issuer.agent.e2eCreateInvitation({ did: issuer.did })));
      const connections = await Promise.all(holders.map((h, i) => h.agent.e2eAcceptInvitation({ invitation: invitations[i]!.url, did: h.did })));
      expect(connections.every((c) => c.state === 'established')).toBe(true);
      expect(new Set(connections.map((c) => c.connectionId)).size).toBe(20);
      await eventually(async () => (await issuer.agent.e2eListConnections({ state: 'established' })).connections.length >= 20, 20_000, 'all issuer sides');

      const sent = await Promise.all(connections.map((c, i) => issuer.agent.e2eSendMessage({ connectionId: c.connectionId, message: credential(100 + i) })));
      const replies = await Promise.all(connections.map((c, i) => holders[i]!.agent.e2eSendMessage({ connectionId: c.connectionId, message: credential(200 + i) })));
      for (const [i, h] of holders.entries()) {
        const id = connections[i]!.connectionId;
        await eventually(async () => (await inboxIds(h, id)).length > 0, 20_000, `holder ${i}`);
      }
      await eventually(async () => {
        const rows: { n: number }[] = await issuer.db.query('SELECT COUNT(*) AS n FROM e2e_inbox');
        return Number(rows[0]!.n) >= 20;
      }, 20_000, 'the replies');
      // A little longer, so that a second copy would have had time to show up.
      await new Promise((r) => setTimeout(r, 500));
      for (const [i, h] of holders.entries()) {
        const id = connections[i]!.connectionId;
        expect(await inboxIds(h, id)).toEqual([sent[i]!.messageId]);
        const got = await h.agent.e2eGetMessages({});
        expect(got.messages.map((m) => m.message.credentialJwt?.jwt)).toEqual([credential(100 + i).credentialJwt.jwt]);
        expect(await inboxIds(issuer, id)).toEqual([replies[i]!.messageId]);
      }
      await eventually(async () => {
        const rows: { n: number }[] = await issuer.db.query("SELECT COUNT(*) AS n FROM e2e_outbox WHERE kind = 'record'");
        return Number(rows[0]!.n) === 0;
      }, 20_000, "the issuer's end-to-end acks");
    } finally {
      await Promise.all(holders.map((h) => h.close()));
    }
  }, 120_000);

  it('one holder accepting twenty invitations at the same time gets each message exactly once', async () => {
    const holder = await makeAgent({ connectorUrl: connector.url });
    try {
      const invitations = await Promise.all(Array.from({ length: 20 }, () => issuer.agent.e2eCreateInvitation({ did: issuer.did })));
      const connections = await Promise.all(invitations.map((inv) => holder.agent.e2eAcceptInvitation({ invitation: inv.url, did: holder.did })));
      expect(connections.every((c) => c.state === 'established')).toBe(true);
      for (const c of connections) {
        await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: c.connectionId })).state === 'established', 20_000, 'issuer side');
      }
      const sent = await Promise.all(connections.map((c, i) => issuer.agent.e2eSendMessage({ connectionId: c.connectionId, message: credential(300 + i) })));
      await eventually(async () => {
        const rows: { n: number }[] = await holder.db.query('SELECT COUNT(*) AS n FROM e2e_inbox');
        return Number(rows[0]!.n) >= 20;
      }, 20_000, 'all twenty messages');
      await new Promise((r) => setTimeout(r, 500));
      for (const [i, c] of connections.entries()) expect(await inboxIds(holder, c.connectionId)).toEqual([sent[i]!.messageId]);
      const rows: { n: number }[] = await holder.db.query('SELECT COUNT(*) AS n FROM e2e_inbox');
      expect(Number(rows[0]!.n)).toBe(20);
    } finally {
      await holder.close();
    }
  }, 120_000);
});
