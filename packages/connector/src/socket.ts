/**
 * One WebSocket subscription: pushes the participant's mailbox items as they arrive and
 * deletes the ones the client acks over the socket. Pushed items stay stored until acked,
 * so a socket that dies silently (half-open) loses nothing: the next connection starts from
 * the oldest unacked item. A heartbeat closes sockets that stop answering pings.
 *
 * Limits (see ws-close.ts for the close codes): the participant's sockets are capped
 * (SocketRegistry), unread bytes count against the process's OutboundBudget, pushed bytes
 * and client frames draw from per-participant token buckets.
 */
import type { FastifyBaseLogger } from 'fastify';
import { WebSocket, type RawData } from 'ws';
import { connector_e2e } from '@connector-e2e/protocol';
import type { MailboxItemRow } from './entities.js';
import { ConnectorError } from './errors.js';
import type { Metrics } from './metrics.js';
import type { MailboxHub } from './notifier.js';
import type { OutboundBudget, BudgetHolder } from './outbound-budget.js';
import type { PushFrame, PushFrames, PushPage } from './push-frames.js';
import type { RateLimiter } from './rate-limit.js';
import type { SocketRegistry } from './socket-registry.js';
import type { Store } from './store.js';
import { checkRefs } from './validate.js';
import { toDelivery } from './wire.js';
import { WS_CLOSE, type WsCloseReason } from './ws-close.js';

const api = connector_e2e.connector.v1;
/** Items per pushed frame. */
export const PUSH_BATCH = 100;
/** Items go into one frame until it holds about this many bytes. */
export const PUSH_FRAME_BYTES = 2 * 1024 * 1024;
/** Pause pushing while this many bytes wait in the socket's send buffer. */
export const PUSH_HIGH_WATER_BYTES = 4 * 1024 * 1024;
/** How long a socket closed for a limit may take to finish its close handshake before it is cut. */
export const CLOSE_GRACE_MS = 1000;
/** Ack refs that one frame-rate token pays for. */
const REFS_PER_FRAME_TOKEN = 100;

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
  budget: OutboundBudget;
  registry: SocketRegistry;
  frameLimiter: RateLimiter;
  /** Bytes pushed per participant (all its sockets). */
  pushLimiter: RateLimiter;
  /** Encoded frames the participant's sockets share. */
  frames: PushFrames;
}

function frame(f: connector_e2e.connector.v1.ServerFrame.$Properties): Buffer {
  const bytes = api.ServerFrame.encode(f).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A page as frames of bounded size (a frame ends once it holds PUSH_FRAME_BYTES). The frames
 * keep the items without their payloads: the encoded bytes are the only copy held.
 */
export function encodePage(items: MailboxItemRow[], hasMore: boolean): PushPage {
  const frames: PushFrame[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < items.length; i++) {
    bytes += items[i]!.size + 128;
    const last = i === items.length - 1;
    if (bytes >= PUSH_FRAME_BYTES || last) {
      const part = items.slice(start, i + 1);
      const next = part[part.length - 1]!.seq;
      frames.push({
        bytes: frame({ deliveries: { items: part.map(toDelivery), nextAfter: next, hasMore: hasMore || !last } }),
        rows: part.map((r) => ({ ...r, payload: null })),
        next,
      });
      start = i + 1;
      bytes = 0;
    }
  }
  return { frames, hasMore };
}

export function attachSocket(ctx: SocketContext): void {
  const { socket, participantId, store } = ctx;
  let cursor = 0;
  let pumping = false;
  let again = false;
  let open = true;
  let alive = true;
  let retry: NodeJS.Timeout | undefined;
  let cut: NodeJS.Timeout | undefined;
  /** Bytes of the frame that found no room in the budget (1: none waiting). */
  let waiting = 1;
  let released = false;
  ctx.metrics.sockets.inc();

  /** Closes with a limit's code; a client that does not read the close frame is cut after a grace. */
  const closeFor = (reason: WsCloseReason): void => {
    if (!open) return;
    open = false;
    ctx.metrics.socketsClosed.inc({ reason });
    ctx.log.info({ participant: participantId, reason, unreadBytes: holder.pending }, 'socket closed for a limit');
    socket.close(WS_CLOSE[reason], reason);
    cut = setTimeout(() => socket.terminate(), CLOSE_GRACE_MS);
  };
  const holder: BudgetHolder & { replace(): void } = {
    pending: 0,
    dropping: false,
    drop: () => closeFor('slow_consumer'),
    replace: () => closeFor('socket_replaced'),
  };
  ctx.registry.add(participantId, holder);

  /** Sends a frame, its bytes counted against the budget until they are flushed. */
  /** Sends an encoded frame, its bytes counted against the budget until they are flushed. */
  const sendBytes = (bytes: Buffer): void => {
    if (released) return; // the socket is gone: nothing could release these bytes
    ctx.budget.charge(holder, bytes.length);
    socket.send(bytes, () => {
      if (!released) ctx.budget.release(holder, bytes.length);
    });
  };
  const sendFrame = (f: connector_e2e.connector.v1.ServerFrame.$Properties): void => sendBytes(frame(f));

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
          // a full send buffer, or no room in the budget (which drops the slowest socket) for
          // the frame that last had to wait: later, without reading the page again meanwhile
          if (socket.bufferedAmount > PUSH_HIGH_WATER_BYTES || !ctx.budget.admit(holder, waiting)) {
            schedule(50);
            return;
          }
          // the participant's push rate (all its sockets): a page holds at most what it may
          // still send now, about one frame's bytes (at least one item), so neither a backlog
          // of large payloads nor many sockets make the process read more than that
          const room = ctx.pushLimiter.available(participantId, ctx.clock());
          if (room < 1) {
            schedule(Math.min(1000, ctx.pushLimiter.peek(participantId, ctx.clock()) * 1000));
            return;
          }
          let reserved = 0;
          let sent = 0;
          let blocked = false;
          let hasMore = false;
          try {
            // a page another socket of the participant read or is reading is shared; a new
            // read is reserved before it starts, so the sockets of one participant do not all
            // read a page at once; settled below with what was sent (the frame that crosses
            // it is debt)
            const from = cursor;
            const page = await ctx.frames.get(participantId, from, async () => {
              reserved = Math.min(PUSH_FRAME_BYTES, Math.floor(room));
              ctx.pushLimiter.spend(participantId, ctx.clock(), reserved);
              const read = await store.fetch(participantId, from, PUSH_BATCH, ctx.clock(), undefined, reserved);
              return encodePage(read.items, read.hasMore);
            });
            hasMore = page.hasMore;
            if (page.frames.length === 0 || !open) break;
            // each frame goes out only if the budget has room for it (a small frame fits where
            // a large one does not), else the rest waits
            for (const f of page.frames) {
              if (f.next <= cursor) continue;
              if (!ctx.budget.admit(holder, f.bytes.length)) {
                waiting = f.bytes.length;
                blocked = true;
                break;
              }
              waiting = 1;
              sent += f.bytes.length;
              sendBytes(f.bytes);
              cursor = f.next;
              ctx.onDeliver(f.rows);
            }
          } finally {
            ctx.pushLimiter.spend(participantId, ctx.clock(), sent - reserved);
          }
          if (blocked) {
            schedule(50);
            return;
          }
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
      if (!open) return; // closed for a limit: what it sends now is not read
      try {
        if (!isBinary) throw new ConnectorError('bad_request', 'frames must be binary protobuf');
        const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
        let msg: connector_e2e.connector.v1.ClientFrame;
        try {
          msg = api.ClientFrame.decode(bytes);
        } catch {
          throw new ConnectorError('bad_request', 'ClientFrame does not decode');
        }
        const refs = msg.ack?.refs ?? [];
        // every frame costs (an ack of many refs more): a flood of frames cannot crowd out others
        const wait = ctx.frameLimiter.take(participantId, ctx.clock(), Math.max(1, Math.ceil(refs.length / REFS_PER_FRAME_TOKEN)));
        if (wait > 0) {
          if (open) sendFrame({ error: { code: 'rate_limited', message: 'rate_limited: too many frames for this participant', retryAfterSeconds: wait } });
          closeFor('rate_limited');
          return;
        }
        if (msg.ack) {
          if (refs.length > 1000) throw new ConnectorError('bad_request', 'at most 1000 refs per ack');
          const own = refs.map((r) => ({ connectionId: r.connectionId ?? '', messageId: r.messageId ?? '' }));
          checkRefs(own);
          const deleted = await store.ackOwn(participantId, own);
          // frames kept for the participant's other sockets may carry what was just deleted
          if (deleted > 0) ctx.frames.changed(participantId);
          ctx.metrics.acked.inc(deleted);
          if (open) sendFrame({ acked: { deleted } });
        }
      } catch (e) {
        const err = ConnectorError.is(e) ? e : new ConnectorError('internal', 'unexpected server error');
        if (!ConnectorError.is(e)) ctx.log.warn({ err: (e as Error).message }, 'socket frame failed');
        if (open) sendFrame({ error: { code: err.code, message: err.message, retryAfterSeconds: 0 } });
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
    if (cut) clearTimeout(cut);
    unsubscribe();
    ctx.registry.remove(participantId, holder);
    // the TCP socket is gone, and with it whatever it still held
    released = true;
    ctx.budget.release(holder, holder.pending);
    ctx.metrics.sockets.dec();
  });

  void ctx
    .beforeFirstPump()
    .catch((e: unknown) => ctx.log.warn({ err: (e as Error).message }, 'expiry before push failed'))
    .then(() => pump());
}
