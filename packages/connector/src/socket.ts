/**
 * One WebSocket subscription: pushes the participant's mailbox items as they arrive and
 * deletes the ones the client acks over the socket. Pushed items stay stored until acked,
 * so a socket that dies silently (half-open) loses nothing: the next connection starts from
 * the oldest unacked item. A heartbeat closes sockets that stop answering pings.
 */
import type { FastifyBaseLogger } from 'fastify';
import { WebSocket, type RawData } from 'ws';
import { connector_e2e } from '@connector-e2e/protocol';
import type { MailboxItemRow } from './entities.js';
import { ConnectorError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { MailboxHub } from './notifier.js';
import type { Store } from './store.js';

const api = connector_e2e.connector.v1;
/** Items per pushed frame. */
export const PUSH_BATCH = 100;
/** Items go into one frame until it holds about this many bytes. */
export const PUSH_FRAME_BYTES = 2 * 1024 * 1024;
/** Pause pushing while this many bytes wait in the socket's send buffer. */
export const PUSH_HIGH_WATER_BYTES = 4 * 1024 * 1024;

export interface SocketContext {
  socket: WebSocket;
  participantId: string;
  store: Store;
  hub: MailboxHub;
  metrics: Metrics;
  log: FastifyBaseLogger;
  clock: () => number;
  pingSeconds: number;
  onDeliver(rows: MailboxItemRow[]): void;
  beforeFirstPump(): Promise<void>;
}

function frame(f: connector_e2e.connector.v1.ServerFrame.$Properties): Buffer {
  const bytes = api.ServerFrame.encode(f).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export function attachSocket(ctx: SocketContext): void {
  const { socket, participantId, store } = ctx;
  let cursor = 0;
  let pumping = false;
  let again = false;
  let open = true;
  let alive = true;
  let retry: NodeJS.Timeout | undefined;
  ctx.metrics.sockets.inc();

  const pump = async (): Promise<void> => {
    if (!open) return;
    if (pumping) {
      again = true;
      return;
    }
    pumping = true;
    try {
      do {
        again = false;
        for (;;) {
          if (!open || socket.readyState !== WebSocket.OPEN) return;
          if (socket.bufferedAmount > PUSH_HIGH_WATER_BYTES) {
            schedule(50);
            return;
          }
          const { items, hasMore } = await store.fetch(participantId, cursor, PUSH_BATCH, ctx.clock());
          if (items.length === 0 || !open) break;
          cursor = items[items.length - 1]!.seq;
          // split into frames of bounded size (a mailbox page can hold many 1 MiB payloads)
          let start = 0;
          let bytes = 0;
          for (let i = 0; i < items.length; i++) {
            bytes += items[i]!.size + 128;
            const last = i === items.length - 1;
            if (bytes >= PUSH_FRAME_BYTES || last) {
              const part = items.slice(start, i + 1);
              socket.send(frame({ deliveries: { items: part.map(toDeliveryProps), nextAfter: part[part.length - 1]!.seq, hasMore: hasMore || !last } }));
              start = i + 1;
              bytes = 0;
            }
          }
          ctx.onDeliver(items);
          if (!hasMore) break;
        }
      } while (again);
    } catch (e) {
      ctx.log.warn({ err: (e as Error).message }, 'push failed; retrying');
      schedule(1000);
    } finally {
      pumping = false;
    }
  };

  const schedule = (ms: number): void => {
    if (retry || !open) return;
    retry = setTimeout(() => {
      retry = undefined;
      void pump();
    }, ms);
  };

  const unsubscribe = ctx.hub.subscribe(participantId, () => void pump());

  socket.on('message', (data: RawData, isBinary: boolean) => {
    void (async () => {
      try {
        if (!isBinary) throw new ConnectorError('bad_request', 'frames must be binary protobuf');
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        let msg: connector_e2e.connector.v1.ClientFrame;
        try {
          msg = api.ClientFrame.decode(bytes);
        } catch {
          throw new ConnectorError('bad_request', 'ClientFrame does not decode');
        }
        if (msg.ack) {
          const refs = msg.ack.refs ?? [];
          if (refs.length > 1000) throw new ConnectorError('bad_request', 'at most 1000 refs per ack');
          const deleted = await store.ackOwn(participantId, refs.map((r) => ({ connectionId: r.connectionId ?? '', messageId: r.messageId ?? '' })));
          ctx.metrics.acked.inc(deleted);
          if (open) socket.send(frame({ acked: { deleted } }));
        }
      } catch (e) {
        const err = ConnectorError.is(e) ? e : new ConnectorError('internal', 'unexpected server error');
        if (!ConnectorError.is(e)) ctx.log.warn({ err: (e as Error).message }, 'socket frame failed');
        if (open) socket.send(frame({ error: { code: err.code, message: err.message, retryAfterSeconds: 0 } }));
      }
    })();
  });

  socket.on('pong', () => {
    alive = true;
  });
  const heartbeat = setInterval(() => {
    if (!alive) {
      ctx.log.info({ participant: participantId }, 'socket missed its heartbeat; closing');
      socket.terminate();
      return;
    }
    alive = false;
    socket.ping();
  }, ctx.pingSeconds * 1000);

  socket.on('close', () => {
    open = false;
    clearInterval(heartbeat);
    if (retry) clearTimeout(retry);
    unsubscribe();
    ctx.metrics.sockets.dec();
  });

  void ctx
    .beforeFirstPump()
    .catch((e: unknown) => ctx.log.warn({ err: (e as Error).message }, 'expiry before push failed'))
    .then(() => pump());
}

function toDeliveryProps(row: MailboxItemRow): connector_e2e.connector.v1.Delivery.$Properties {
  return {
    seq: row.seq,
    kind: row.kind,
    connectionId: row.connectionId,
    messageId: row.messageId,
    payload: row.payload ?? new Uint8Array(0),
    sentAt: row.createdAt,
    tokenId: row.tokenId,
  };
}
