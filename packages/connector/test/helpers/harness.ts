import { Writable } from 'node:stream';
import { pino } from 'pino';
import { buildConnector, type Connector, type ConnectorOptions } from '../../src/index.js';
import { ConnectorClient, createParticipantKey, type ParticipantKey } from '@connector-e2e/connector-client';
import type { DbTarget } from './backends.js';
import { eventually } from '../../../../test/kit/eventually.js';

/** Everything the connector logged, to check that no payload ever reaches the logs. */
export class LogCapture extends Writable {
  readonly chunks: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString('utf8'));
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}

export interface Running {
  connector: Connector;
  url: string;
  logs: LogCapture;
  close(): Promise<void>;
}

export async function startConnector(target: DbTarget, overrides: Partial<ConnectorOptions> = {}, port = 0): Promise<Running> {
  const logs = new LogCapture();
  const connector = await buildConnector({
    db: target.url,
    ...(target.pgSchema ? { pgSchema: target.pgSchema } : {}),
    sqliteSynchronous: 'NORMAL',
    logger: pino({ level: 'debug' }, logs),
    ...overrides,
  });
  const url = await connector.listen(port, '127.0.0.1');
  return { connector, url, logs, close: () => connector.close() };
}

const keys = new WeakMap<ConnectorClient, ParticipantKey>();

/** The key a test participant was made with (to build a second client for it). */
export function keyOf(client: ConnectorClient): ParticipantKey {
  const key = keys.get(client);
  if (!key) throw new Error('not a test participant');
  return key;
}

export async function participant(url: string, displayName = ''): Promise<ConnectorClient> {
  const key = createParticipantKey();
  const client = new ConnectorClient({ url, key });
  keys.set(client, key);
  await client.register({ displayName, logoUrl: displayName ? `https://example.org/${displayName}.png` : '' });
  return client;
}

/** An issuer and a holder joined by one connection. */
export async function pair(url: string): Promise<{ issuer: ConnectorClient; holder: ConnectorClient; connectionId: string; tokenId: string }> {
  const issuer = await participant(url, 'issuer');
  const holder = await participant(url, 'holder');
  const [grant] = await issuer.createTokens({ count: 1 });
  const { connectionId, tokenId } = await holder.acceptToken(grant!.token);
  // the issuer's "connection accepted" notice is not part of what most tests look at
  await issuer.ack([{ connectionId, messageId: '!accepted' }]);
  return { issuer, holder, connectionId, tokenId };
}

/** `eventually` (test/kit) with the argument order of the connector's tests. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  await eventually(condition, timeoutMs, what);
}

export function bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

export function text(b: Uint8Array): string {
  return new TextDecoder().decode(b);
}
