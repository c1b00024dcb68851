/**
 * The key directory (docs/protocol.md section 29): publishing pre-keys, setting up a
 * connection with an offline participant from them, the connector's countersignature, and
 * the refusals. On PostgreSQL the concurrent set-ups go through two connectors on one database.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ConnectorClient, ConnectorClientError, type DirectoryAnswer, type OneTimePreKey } from '@connector-e2e/connector-client';
import { connector_e2e, verifyDirectoryAnswer } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import { MAX_PREKEY_BUNDLE_BYTES, MAX_PREKEYS_PER_PUBLISH } from '../../src/index.js';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, keyOf, participant, startConnector, text, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;
/** The stock cap of this suite's connectors (small, so reaching it is cheap). */
const STOCK_CAP = 40;

function oneTimePreKeys(ids: readonly number[]): OneTimePreKey[] {
  return ids.map((id) => ({ id, publicKey: nodeCrypto.randomBytes(32), signature: nodeCrypto.randomBytes(64) }));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

async function refusal(p: Promise<unknown>): Promise<ConnectorClientError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!ConnectorClientError.is(e)) throw new Error(`expected a ConnectorClientError, got ${String(e)}`);
  return e;
}

async function count(running: Running, sqlText: string): Promise<number> {
  const rows: Array<{ n: unknown }> = await running.connector.db.dataSource.query(sqlText);
  return Number(rows[0]!.n);
}

export function directorySuite(backend: Backend): void {
  describe(`the key directory (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running;
    const more: Running[] = [];
    let directoryKey: Uint8Array;
    beforeEach(async () => {
      target = await backend.create();
      running = await startConnector(target, { limits: { maxPreKeyStock: STOCK_CAP } });
      directoryKey = running.connector.directoryKey.publicKey;
    });
    afterEach(async () => {
      for (const r of more.splice(0)) await r.close();
      await running.close();
      await target.cleanup();
    });

    /** A participant that published a bundle and one-time pre-keys with these ids. */
    async function publisher(ids: readonly number[], url = running.url): Promise<{ client: ConnectorClient; bundle: Uint8Array; keys: OneTimePreKey[] }> {
      const client = await participant(url, 'publisher');
      const bundle = bytes(`bundle of ${client.participantId}: identity key, signed pre-key, DID signature`);
      const keys = oneTimePreKeys(ids);
      expect(await client.publishPreKeys({ bundle, oneTimePreKeys: keys })).toEqual({ stock: ids.length });
      return { client, bundle, keys };
    }

    test('a connect returns the bundle bytes as published and one one-time pre-key, countersigned with the key the connector serves', async () => {
      const { client: bob, bundle, keys } = await publisher([7, 8]);
      const alice = await participant(running.url, 'alice');
      const served = await alice.directoryKey();
      expect(served.publicKey).toEqual(directoryKey);
      expect(served.keyId).toBe(running.connector.directoryKey.keyId);
      const { connectionId, answer, verified } = await alice.directoryConnect({ participantId: bob.participantId, directoryKey: served.publicKey });
      expect(verified).toBe(true);
      expect(connectionId).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(answer).toMatchObject({ participantId: bob.participantId, connectionId, initiatorId: alice.participantId });
      expect(answer.bundle).toEqual(bundle);
      expect(answer.oneTimePreKey).toEqual(keys[0]);
      expect(answer.connectorSignature).toHaveLength(64);
      expect(Math.abs(answer.issuedAt - Date.now())).toBeLessThan(60_000);
      expect(verifyDirectoryAnswer(nodeCrypto, directoryKey, answer, answer.connectorSignature)).toBe(true);
      expect(await bob.directoryStock()).toEqual({ stock: 1, bundlePublished: true });
    });

    test('each one-time pre-key is handed out once, lowest id first, the stock goes down, and an empty stock still answers without one', async () => {
      const { client: bob, keys } = await publisher([30, 10, 20]);
      const alice = await participant(running.url, 'alice');
      const answers: DirectoryAnswer[] = [];
      for (let i = 0; i < 4; i++) {
        answers.push((await alice.directoryConnect({ participantId: bob.participantId, directoryKey })).answer);
        expect((await bob.directoryStock()).stock).toBe(Math.max(0, 2 - i));
      }
      expect(answers.map((a) => a.oneTimePreKey?.id)).toEqual([10, 20, 30, undefined]);
      expect(answers[1]!.oneTimePreKey).toEqual(keys[2]);
      expect(new Set(answers.map((a) => a.connectionId)).size).toBe(4);
      for (const a of answers) expect(verifyDirectoryAnswer(nodeCrypto, directoryKey, a, a.connectorSignature)).toBe(true);
    });

    test(`concurrent connects from 50 initiators${backend.multiProcess ? ' through two connectors on one database' : ''} get distinct one-time pre-keys, and those past the stock get answers without one`, async () => {
      const urls = [running.url];
      if (backend.multiProcess) {
        const second = await startConnector(target, { limits: { maxPreKeyStock: STOCK_CAP } });
        more.push(second);
        urls.push(second.url);
        // one directory key, whichever connector answers
        expect(second.connector.directoryKey.publicKey).toEqual(directoryKey);
      }
      const { client: bob, keys } = await publisher(range(1, 30));
      const initiators = await Promise.all(range(1, 50).map((i) => participant(urls[i % urls.length]!)));
      const results = await Promise.all(initiators.map((c) => c.directoryConnect({ participantId: bob.participantId, directoryKey })));
      const handedOut = results.flatMap((r) => (r.answer.oneTimePreKey ? [r.answer.oneTimePreKey.id] : []));
      expect(handedOut).toHaveLength(30);
      expect([...handedOut].sort((a, b) => a - b)).toEqual(range(1, 30));
      for (const r of results) {
        const opk = r.answer.oneTimePreKey;
        if (opk) expect(opk).toEqual(keys[opk.id - 1]);
      }
      expect(new Set(results.map((r) => r.connectionId)).size).toBe(50);
      expect(await bob.directoryStock()).toEqual({ stock: 0, bundlePublished: true });
      expect(await count(running, 'SELECT COUNT(*) AS n FROM relay_connection')).toBe(50);
      const { items } = await bob.fetch({ limit: 100 });
      expect(items.filter((d) => d.kind === 'directory_connection').map((d) => d.connectionId).sort()).toEqual(results.map((r) => r.connectionId).sort());
    });

    test.skipIf(!backend.multiProcess)('connectors starting together on a fresh database generate one directory key and all serve it', async () => {
      const fresh = await backend.create();
      try {
        const started = await Promise.all([startConnector(fresh), startConnector(fresh), startConnector(fresh)]);
        more.push(...started);
        const ids = new Set(started.map((r) => r.connector.directoryKey.keyId));
        expect(ids.size).toBe(1);
        const rows: unknown[] = await started[0]!.connector.db.dataSource.query('SELECT key_id FROM directory_signing_key');
        expect(rows).toHaveLength(1);
      } finally {
        for (const r of more.splice(0)) await r.close();
        await fresh.cleanup();
      }
    });

    test('refilling the stock hands out the new keys; an id still in stock is refused with prekey_exists and nothing of the request is stored', async () => {
      const { client: bob } = await publisher([1, 2]);
      const alice = await participant(running.url, 'alice');
      expect((await alice.directoryConnect({ participantId: bob.participantId })).answer.oneTimePreKey?.id).toBe(1);
      const e = await refusal(bob.publishPreKeys({ bundle: bytes('a newer bundle'), oneTimePreKeys: oneTimePreKeys([3, 2]) }));
      expect(e.code).toBe('prekey_exists');
      expect(e.status).toBe(409);
      expect(e.message).toMatch(/ids already in stock: 2;/);
      expect(await bob.directoryStock()).toEqual({ stock: 1, bundlePublished: true });
      // neither the keys nor the bundle of the refused request were stored
      expect(text((await alice.directoryConnect({ participantId: bob.participantId })).answer.bundle)).toContain('bundle of');
      const refill = oneTimePreKeys([3, 4]);
      expect(await bob.publishPreKeys({ oneTimePreKeys: refill })).toEqual({ stock: 2 });
      const next = await alice.directoryConnect({ participantId: bob.participantId, directoryKey });
      expect(next.answer.oneTimePreKey).toEqual(refill[0]);
      // a new bundle replaces the old one; publishing no bundle keeps it
      expect(await bob.publishPreKeys({ bundle: bytes('bundle, second edition') })).toEqual({ stock: 1 });
      expect(text((await alice.directoryConnect({ participantId: bob.participantId })).answer.bundle)).toBe('bundle, second edition');
    });

    test('the participant learns the new connection from its mailbox when it comes online, and a message sent at once waits there for it', async () => {
      const { client: bob } = await publisher([5]);
      const alice = await participant(running.url, 'alice');
      // bob is offline: nothing of his is connected while alice sets up and sends
      const { connectionId, answer } = await alice.directoryConnect({ participantId: bob.participantId, directoryKey });
      await alice.send({ connectionId, messageId: 'first', payload: bytes('sealed under the asynchronous X3DH secret') });
      const online = new ConnectorClient({ url: running.url, key: keyOf(bob) });
      const { items } = await online.fetch();
      expect(items.map((d) => [d.kind, d.connectionId, d.messageId])).toEqual([
        ['directory_connection', connectionId, '!directory'],
        ['message', connectionId, 'first'],
      ]);
      const notice = items[0]!.directoryAnswer!;
      expect(notice).toEqual(answer);
      expect(verifyDirectoryAnswer(nodeCrypto, directoryKey, notice, notice.connectorSignature)).toBe(true);
      expect(text(items[1]!.payload)).toBe('sealed under the asynchronous X3DH secret');
      await online.ack(items);
      // the connection works both ways, and either party can revoke it
      await online.send({ connectionId, messageId: 'reply', payload: bytes('completed') });
      expect((await alice.fetch()).items.map((d) => text(d.payload))).toEqual(['completed']);
      await online.revoke(connectionId);
      expect((await alice.fetch()).items.map((d) => d.kind)).toEqual(['message', 'connection_revoked']);
    });

    test('an answer whose bundle, key, connection or initiator was changed fails verification, and the client refuses it under a pinned key', async () => {
      const { client: bob } = await publisher([1, 2]);
      const alice = await participant(running.url, 'alice');
      const { answer } = await alice.directoryConnect({ participantId: bob.participantId, directoryKey });
      const sig = answer.connectorSignature;
      const opk = answer.oneTimePreKey!;
      for (const changed of [
        { ...answer, bundle: bytes('a bundle with the directory keys in it') },
        { ...answer, oneTimePreKey: { ...opk, publicKey: nodeCrypto.randomBytes(32) } },
        { ...answer, oneTimePreKey: undefined },
        { ...answer, connectionId: 'AAAAAAAAAAAAAAAAAAAAAA' },
        { ...answer, initiatorId: bob.participantId },
      ]) {
        expect(verifyDirectoryAnswer(nodeCrypto, directoryKey, changed, sig)).toBe(false);
      }
      const e = await refusal(alice.directoryConnect({ participantId: bob.participantId, directoryKey: nodeCrypto.ed25519PublicKey(nodeCrypto.randomBytes(32)) }));
      expect(e.code).toBe('directory_signature_invalid');
      expect(e.retryable).toBe(false);
    });

    test('bad input is refused with a typed error naming the problem, and changes no state', async () => {
      const { client: bob } = await publisher(range(1, 3));
      const alice = await participant(running.url, 'alice');
      const stranger = (await participant(running.url)).participantId;
      const cases: Array<[string, () => Promise<unknown>, string, RegExp]> = [
        ['oversized bundle', () => bob.publishPreKeys({ bundle: new Uint8Array(MAX_PREKEY_BUNDLE_BYTES + 1), oneTimePreKeys: oneTimePreKeys([50]) }), 'payload_too_large', /bundle is 16385 bytes/],
        ['short key', () => bob.publishPreKeys({ oneTimePreKeys: [{ id: 51, publicKey: new Uint8Array(31), signature: new Uint8Array(64) }] }), 'bad_request', /public_key must be 32 bytes/],
        ['long signature', () => bob.publishPreKeys({ oneTimePreKeys: [{ id: 51, publicKey: new Uint8Array(32), signature: new Uint8Array(1025) }] }), 'bad_request', /signature is longer than 1024/],
        ['too many keys', () => bob.publishPreKeys({ oneTimePreKeys: oneTimePreKeys(range(100, 100 + MAX_PREKEYS_PER_PUBLISH)) }), 'bad_request', /more than 100 one-time pre-keys/],
        ['an id twice', () => bob.publishPreKeys({ oneTimePreKeys: oneTimePreKeys([60, 61, 60]) }), 'bad_request', /id 60 appears twice/],
        ['an id in stock', () => bob.publishPreKeys({ oneTimePreKeys: oneTimePreKeys([62, 3]) }), 'prekey_exists', /ids already in stock: 3/],
        ['past the stock cap', () => bob.publishPreKeys({ oneTimePreKeys: oneTimePreKeys(range(200, 200 + STOCK_CAP - 3)) }), 'quota_exceeded', /cap of 40/],
        ['unknown participant', () => alice.directoryConnect({ participantId: 'A'.repeat(43) }), 'directory_not_found', /no participant/],
        ['no bundle', () => alice.directoryConnect({ participantId: stranger }), 'directory_not_found', /no pre-key bundle/],
        ['malformed participant id', () => alice.directoryConnect({ participantId: 'bob\u0000' }), 'bad_request', /participant_id is malformed/],
        ['oneself', () => bob.directoryConnect({ participantId: bob.participantId }), 'bad_request', /cannot connect to itself/],
      ];
      for (const [what, p, code, message] of cases) {
        const e = await refusal(p());
        expect(e.code, what).toBe(code);
        expect(e.message, what).toMatch(message);
      }
      expect(await bob.directoryStock()).toEqual({ stock: 3, bundlePublished: true });
      expect(await count(running, 'SELECT COUNT(*) AS n FROM relay_connection')).toBe(0);
      expect((await bob.fetch()).items).toEqual([]);
      expect((await alice.fetch()).items).toEqual([]);
      // the stock is exactly what was published: the refused keys are absent
      expect(await count(running, 'SELECT COUNT(*) AS n FROM directory_prekey')).toBe(3);
      // a body that does not decode
      const raw = new Uint8Array([0x0a, 0xff]);
      const res = await fetch(`${running.url}/v1/directory/publish`, { method: 'POST', headers: { ...bob.signedHeaders('POST', '/v1/directory/publish', raw), 'content-type': 'application/x-protobuf' }, body: raw });
      expect(res.status).toBe(400);
      expect(api.ErrorBody.decode(new Uint8Array(await res.arrayBuffer())).message).toMatch(/PublishPreKeysRequest body does not decode/);
    });

    test("a connect is refused with connection_limit when the participant has no connection left, and its stock stays", async () => {
      await running.close();
      running = await startConnector(target, { limits: { maxPreKeyStock: STOCK_CAP, maxConnectionsPerParticipant: 1 } });
      const { client: bob } = await publisher([1, 2]);
      await (await participant(running.url)).directoryConnect({ participantId: bob.participantId });
      const e = await refusal((await participant(running.url)).directoryConnect({ participantId: bob.participantId }));
      expect(e.code).toBe('connection_limit');
      expect(await bob.directoryStock()).toEqual({ stock: 1, bundlePublished: true });
    });

    test('the directory key is generated once and kept in the database, a key file replaces it, and the private key is never logged or shown', async () => {
      const rows: Array<{ seed: Uint8Array }> = await running.connector.db.dataSource.query('SELECT seed FROM directory_signing_key');
      expect(rows).toHaveLength(1);
      const seed = Buffer.from(rows[0]!.seed);
      expect(nodeCrypto.ed25519PublicKey(new Uint8Array(seed))).toEqual(directoryKey);
      const { client: bob } = await publisher([1]);
      await (await participant(running.url)).directoryConnect({ participantId: bob.participantId, directoryKey });
      const shown = `${running.logs.text}\n${inspect(running.connector.directoryKey, { showHidden: true, depth: 4 })}`;
      for (const form of [seed.toString('hex'), seed.toString('base64'), seed.toString('base64url')]) expect(shown).not.toContain(form);
      await running.close();
      running = await startConnector(target);
      expect(running.connector.directoryKey.publicKey).toEqual(directoryKey);
      expect(running.connector.directoryKey.source).toBe('database');

      const dir = mkdtempSync(join(tmpdir(), 'directory-key-'));
      try {
        const file = join(dir, 'directory-key.pem');
        const pair = generateKeyPairSync('ed25519');
        writeFileSync(file, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
        await running.close();
        const fromFile = await startConnector(target, { directoryKeyFile: file });
        running = fromFile;
        const publicKey = new Uint8Array(Buffer.from(String(pair.publicKey.export({ format: 'jwk' }).x), 'base64url'));
        expect(fromFile.connector.directoryKey.source).toBe('file');
        const alice = new ConnectorClient({ url: fromFile.url, key: keyOf(await participant(fromFile.url)) });
        expect((await alice.directoryKey()).publicKey).toEqual(publicKey);
        const bobThere = new ConnectorClient({ url: fromFile.url, key: keyOf(bob) });
        expect(await bobThere.publishPreKeys({ oneTimePreKeys: oneTimePreKeys([2]) })).toEqual({ stock: 1 });
        const { verified } = await alice.directoryConnect({ participantId: bob.participantId, directoryKey: publicKey });
        expect(verified).toBe(true);
        // a file that holds no Ed25519 key stops the start, naming the file and not its content
        const rsa = join(dir, 'rsa.pem');
        writeFileSync(rsa, generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
        await expect(startConnector(target, { directoryKeyFile: rsa })).rejects.toThrow(/rsa\.pem: expected an Ed25519 key/);
        await expect(startConnector(target, { directoryKeyFile: join(dir, 'missing.pem') })).rejects.toThrow(/missing\.pem: cannot read it \(ENOENT\)/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
