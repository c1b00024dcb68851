/**
 * Restore safety does not depend on reaching the connector: an agent restored from a snapshot of
 * its running database seals its first record after the restore under a sending key it started
 * itself, also when it starts while its connector is down or without listening. (Found by the
 * chaos harness when counters were stored: sends sealed before the restart was noticed reused
 * counters of the life before the restore.)
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteBackend } from '../../connector/test/helpers/backends.js';
import { spawnConnector, type ConnectorProcess } from '../../../test/kit/connector-process.js';
import { eventually, makeAgent, sealOracle, type TestAgent } from './helpers.js';

const jwt = (n: number) => ({ credentialJwt: { jwt: `eyJhbGciOiJFZERTQSJ9.eyJuIjo${n}fQ.c2ln` } });

describe('an agent restored from a snapshot of its running database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-restore-resume-'));
  const closers: Array<() => Promise<void>> = [];

  afterAll(async () => {
    for (const c of closers.reverse()) await c().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  async function scenario(name: string, restart: (connector: ConnectorProcess) => Promise<{ autoListen: boolean }>): Promise<string[]> {
    const target = await sqliteBackend.create();
    closers.push(() => target.cleanup());
    const connector = await spawnConnector(target);
    closers.push(async () => {
      connector.child.kill('SIGTERM');
      await connector.exited;
    });
    const { crypto, count, repeats } = sealOracle();
    const issuer = await makeAgent({ connectorUrl: connector.url });
    closers.push(() => issuer.close());
    const db = join(dir, `${name}.sqlite`);
    const config = { connectorUrl: connector.url, database: db, secretKey: randomBytes(32).toString('hex'), kmsSecretKey: randomBytes(32).toString('hex'), crypto };
    let holder: TestAgent = await makeAgent(config);
    const did = holder.did;
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const { connectionId } = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did });
    await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(0), messageId: 'first' } });

    // A snapshot of the running agent (as a VM snapshot would take it), more sends, then the restore.
    await new Promise((r) => setTimeout(r, 300)); // let the acks settle: no write in progress
    for (const s of ['', '-wal']) if (existsSync(db + s)) copyFileSync(db + s, `${db}.snap${s}`);
    for (let i = 1; i <= 3; i++) await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(i), messageId: `after-snapshot-${i}` } });
    await holder.close();
    rmSync(`${db}-wal`, { force: true });
    rmSync(`${db}-shm`, { force: true });
    for (const s of ['', '-wal']) if (existsSync(`${db}.snap${s}`)) copyFileSync(`${db}.snap${s}`, db + s);

    const { autoListen } = await restart(connector);
    holder = await makeAgent({ ...config, did, autoListen });
    closers.push(() => holder.close());
    await holder.agent.e2eSendMessage({ connectionId, message: { ...jwt(9), messageId: 'after-restore' } });
    await eventually(() => count() > 0, 1000, 'seals');
    return repeats();
  }

  it('started while its connector is down, seals no (key, IV) pair twice', async () => {
    const repeats = await scenario('offline', async (connector) => {
      connector.child.kill('SIGTERM');
      await connector.exited;
      return { autoListen: true };
    });
    expect(repeats).toEqual([]);
  }, 120_000);

  it('started without listening, seals no (key, IV) pair twice', async () => {
    const repeats = await scenario('quiet', async () => ({ autoListen: false }));
    expect(repeats).toEqual([]);
  }, 120_000);
});
