import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { observeSeals, toHex } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, makeAgent, startConnector, type TestAgent, type TestConnector } from './helpers.js';

describe('an agent database restored from an older snapshot', () => {
  let connector: TestConnector;
  let holder: TestAgent;
  let dir: string;
  const seen = new Map<string, number>();
  const crypto = observeSeals(nodeCrypto, ({ key, iv }) => {
    const k = `${toHex(key)}:${toHex(iv)}`;
    seen.set(k, (seen.get(k) ?? 0) + 1);
  });

  beforeAll(async () => {
    connector = await startConnector();
    holder = await makeAgent({ connectorUrl: connector.url });
    dir = mkdtempSync(join(tmpdir(), 'e2e-restore-'));
  }, 60_000);

  afterAll(async () => {
    await holder?.close();
    await connector?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function scenario(name: string, counterBlock: number, expectRekey: boolean) {
    seen.clear();
    const file = join(dir, `${name}.sqlite`);
    const keys = { secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex'), counterBlock };
    let issuer: TestAgent = await makeAgent({ connectorUrl: connector.url, database: file, crypto, ...keys });
    const did = issuer.did;
    const invitation = await issuer.agent.e2eCreateInvitation({ did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    const holderGot = async () => (await holder.agent.e2eGetMessages({ connectionId, limit: 1000 })).messages.map((m) => m.messageId);
    const send = (a: TestAgent, id: string) => a.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: id }, messageId: id } });

    for (const id of ['a1', 'a2']) await send(issuer, id);
    await eventually(async () => (await holderGot()).includes('a2'));
    // The snapshot: a consistent copy of the database file (the counter guard lives beside it, not in it).
    await issuer.db.query('PRAGMA wal_checkpoint(TRUNCATE)');
    copyFileSync(file, join(dir, `${name}-snapshot.sqlite`));
    for (const id of ['b1', 'b2', 'b3']) await send(issuer, id);
    await eventually(async () => (await holderGot()).includes('b3'));
    await issuer.agent.e2eStopListening({});
    await issuer.db.destroy();

    // Restore the old copy and start again.
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    copyFileSync(join(dir, `${name}-snapshot.sqlite`), file);
    issuer = await makeAgent({ connectorUrl: connector.url, database: file, crypto, did, ...keys });
    try {
      if (expectRekey) {
        await expect(send(issuer, 'c1')).rejects.toThrow(/^rekey_required:/);
        const sent = await eventually(async () => send(issuer, 'c1').catch(() => undefined), 30_000, 'a send after the rekey');
        expect(sent.epoch).toBeGreaterThan(0);
      } else {
        // Everything after the snapshot stayed inside its reserved block: the restart skips the
        // whole block (and announces it with a counter resync) without a rekey.
        const sent = await send(issuer, 'c1');
        expect(sent.epoch).toBe(0);
        expect(sent.counter).toBeGreaterThanOrEqual(counterBlock);
      }
      await eventually(async () => (await holderGot()).includes('c1'), 20_000, 'the message sent after the restore');
      expect(await holderGot()).toEqual(['a1', 'a2', 'b1', 'b2', 'b3', 'c1']);
      const repeats = [...seen].filter(([, n]) => n > 1);
      expect(repeats).toEqual([]);
      expect(seen.size).toBeGreaterThan(6);
    } finally {
      await issuer.agent.e2eStopListening({});
      await issuer.db.destroy();
    }
  }

  it('skips the counters of its old reservation when the sends since the snapshot stayed inside it', () => scenario('same-block', 1024, false), 90_000);

  it('refuses to send under the old keys, rekeys, and never seals with a (key, IV) pair twice when the counter guard is ahead', () => scenario('guard-ahead', 2, true), 90_000);
});
