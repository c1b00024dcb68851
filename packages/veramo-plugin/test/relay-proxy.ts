/**
 * A malicious relay for tests: an HTTP + WebSocket proxy in front of a real connector. By
 * default it forwards everything unchanged. Requests are signed by the participant (the
 * signature covers the body hash), so the interesting attacks are on what flows back: the
 * mailbox items of fetch responses and WebSocket pushes, which a hook may rewrite, drop,
 * duplicate or reorder, and items the test injects (replays, reflections).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { CONNECTOR_AUTH_HEADERS, connector_e2e, connectorParticipantId, decodeFrame, fromHex, wire } from '@connector-e2e/protocol';
import { nodeCrypto } from '@connector-e2e/protocol/node';
import type { TestAgent } from './helpers.js';
import { WebSocket, WebSocketServer, type RawData } from 'ws';

const api = connector_e2e.connector.v1;

/** One mailbox item as the connector sends it (plain fields). */
export interface RelayItem {
  seq: number;
  kind: number;
  connectionId: string;
  messageId: string;
  payload: Uint8Array;
  sentAt: number;
  tokenId: string;
}

export interface RelayContext {
  /** The participant whose mailbox this is. */
  readonly participant: string;
  readonly via: 'ws' | 'http';
}

/** Returns the items to pass on (possibly changed, fewer, more or reordered). */
export type DeliveryHook = (items: RelayItem[], ctx: RelayContext) => RelayItem[];

export const ITEM_KIND = { message: 1, connectionAccepted: 2, messageExpired: 3, connectionRevoked: 4 } as const;

/** The connector participant id of an agent (what the relay sees as the mailbox owner). */
export async function participantOf(a: TestAgent): Promise<string> {
  const rows: { public_key: string }[] = await a.db.query('SELECT public_key FROM e2e_participant');
  return connectorParticipantId(nodeCrypto, fromHex(rows[0]!.public_key));
}

/**
 * Decodes a mailbox item's frame (undefined for items that are not messages, or do not decode).
 * An ETAMP envelope is seen through, as a relay can (its payload is not encrypted): the frame
 * keeps `etamp` and also shows the record or control message inside, unverified.
 */
export function frameOf(item: RelayItem): ReturnType<typeof decodeFrame> | undefined {
  if (item.kind !== ITEM_KIND.message) return undefined;
  try {
    const frame = decodeFrame(item.payload);
    if (!frame.etamp) return frame;
    const claims = JSON.parse(Buffer.from(frame.etamp.split('.')[1]!, 'base64url').toString()) as { msg: string; cid: string; upd: string };
    const inner = Buffer.from(claims.msg, 'base64url');
    return Object.assign(frame, claims.upd === 'Message' ? { record: { content: new Uint8Array(inner), connectionId: claims.cid } } : { control: wire.SealedControl.decode(inner) });
  } catch {
    return undefined;
  }
}

const HOP_BY_HOP = new Set(['connection', 'upgrade', 'keep-alive', 'transfer-encoding', 'host', 'content-length', 'sec-websocket-key', 'sec-websocket-version', 'sec-websocket-extensions', 'sec-websocket-accept']);

function num(v: unknown): number {
  return typeof v === 'number' ? v : Number(String(v ?? 0));
}

function toItem(d: connector_e2e.connector.v1.IDelivery): RelayItem {
  return {
    seq: num(d.seq),
    kind: num(d.kind),
    connectionId: d.connectionId ?? '',
    messageId: d.messageId ?? '',
    payload: d.payload ? new Uint8Array(d.payload) : new Uint8Array(0),
    sentAt: num(d.sentAt),
    tokenId: d.tokenId ?? '',
  };
}

function forwardHeaders(h: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined && !HOP_BY_HOP.has(k)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

interface Pair {
  readonly participant: string;
  readonly client: WebSocket;
  readonly upstream: WebSocket;
}

export class RelayProxy {
  /** Rewrites every batch of mailbox items on its way to a participant. */
  onDeliveries: DeliveryHook | undefined;
  /** Every item passed to a participant (after the hook), in order. */
  readonly seen: { participant: string; item: RelayItem }[] = [];
  private readonly pairs = new Set<Pair>();
  private readonly sockets = new Set<Socket>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private nextInjectedSeq = 1_000_000_000;

  private constructor(
    private readonly server: http.Server,
    readonly target: string,
  ) {}

  static async start(target: string): Promise<RelayProxy> {
    const server = http.createServer();
    const proxy = new RelayProxy(server, target.replace(/\/+$/, ''));
    server.on('request', (req, res) => void proxy.handleRequest(req, res));
    server.on('upgrade', (req, socket, head) => proxy.handleUpgrade(req, socket as Socket, head));
    server.on('connection', (s) => {
      proxy.sockets.add(s);
      s.on('close', () => proxy.sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** A seq no real item has, so the client's own dedupe (by seq) does not hide a replay. */
  freshSeq(): number {
    return this.nextInjectedSeq++;
  }

  /** Pushes items to the participant's open WebSocket(s), as if the connector had sent them. */
  inject(participant: string, items: RelayItem[]): number {
    let n = 0;
    for (const p of this.pairs) {
      if (p.participant !== participant || p.client.readyState !== WebSocket.OPEN) continue;
      p.client.send(api.ServerFrame.encode({ deliveries: { items, nextAfter: items[items.length - 1]?.seq ?? 0, hasMore: false } }).finish());
      n++;
    }
    return n;
  }

  /** Acks items at the connector on the participant's behalf (the relay deleting them). */
  ackUpstream(participant: string, refs: { connectionId: string; messageId: string }[]): void {
    for (const p of this.pairs) {
      if (p.participant === participant && p.upstream.readyState === WebSocket.OPEN) {
        p.upstream.send(api.ClientFrame.encode({ ack: { refs } }).finish());
        return;
      }
    }
    throw new Error(`no open upstream socket for ${participant}`);
  }

  /** Participants with an open WebSocket through the proxy. */
  connected(): string[] {
    return [...this.pairs].filter((p) => p.client.readyState === WebSocket.OPEN).map((p) => p.participant);
  }

  private rewrite(items: RelayItem[], participant: string, via: 'ws' | 'http'): RelayItem[] {
    const out = this.onDeliveries ? this.onDeliveries(items, { participant, via }) : items;
    for (const item of out) this.seen.push({ participant, item });
    return out;
  }

  private async handleRequest(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const upstream = await fetch(this.target + req.url, {
        method: req.method,
        headers: forwardHeaders(req.headers),
        body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
      });
      let body: Uint8Array = new Uint8Array(await upstream.arrayBuffer());
      if (upstream.ok && req.url?.split('?')[0]?.endsWith('/v1/messages/fetch')) {
        const participant = String(req.headers[CONNECTOR_AUTH_HEADERS.participant] ?? '');
        const page = api.FetchResponse.decode(body);
        const items = this.rewrite(page.items.map(toItem), participant, 'http');
        body = api.FetchResponse.encode({ items, nextAfter: page.nextAfter, hasMore: page.hasMore }).finish();
      }
      const headers: Record<string, string> = {};
      upstream.headers.forEach((v, k) => {
        if (!HOP_BY_HOP.has(k) && k !== 'content-encoding') headers[k] = v;
      });
      res.writeHead(upstream.status, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`relay proxy: ${(e as Error).message}`);
    }
  }

  private handleUpgrade(req: http.IncomingMessage, socket: Socket, head: Buffer): void {
    const participant = String(req.headers[CONNECTOR_AUTH_HEADERS.participant] ?? '');
    const upstream = new WebSocket(this.target.replace(/^http/, 'ws') + req.url, { headers: forwardHeaders(req.headers) });
    upstream.on('unexpected-response', (_r, res) => {
      socket.end(`HTTP/1.1 ${res.statusCode ?? 502} Refused\r\nconnection: close\r\n\r\n`);
      upstream.terminate();
    });
    upstream.on('error', () => socket.destroy());
    upstream.once('open', () => {
      this.wss.handleUpgrade(req, socket, head, (client) => {
        const pair: Pair = { participant, client, upstream };
        this.pairs.add(pair);
        upstream.on('message', (data: RawData) => {
          const bytes = new Uint8Array(data as Buffer);
          let frame: connector_e2e.connector.v1.ServerFrame;
          try {
            frame = api.ServerFrame.decode(bytes);
          } catch {
            if (client.readyState === WebSocket.OPEN) client.send(bytes);
            return;
          }
          if (!frame.deliveries) {
            if (client.readyState === WebSocket.OPEN) client.send(bytes);
            return;
          }
          const items = this.rewrite((frame.deliveries.items ?? []).map(toItem), participant, 'ws');
          if (items.length === 0 || client.readyState !== WebSocket.OPEN) return;
          client.send(api.ServerFrame.encode({ deliveries: { items, nextAfter: frame.deliveries.nextAfter, hasMore: frame.deliveries.hasMore } }).finish());
        });
        upstream.on('ping', () => client.readyState === WebSocket.OPEN && client.ping());
        client.on('message', (data: RawData, isBinary: boolean) => upstream.readyState === WebSocket.OPEN && upstream.send(data, { binary: isBinary }));
        const closeBoth = () => {
          this.pairs.delete(pair);
          if (client.readyState === WebSocket.OPEN || client.readyState === WebSocket.CONNECTING) client.terminate();
          if (upstream.readyState === WebSocket.OPEN || upstream.readyState === WebSocket.CONNECTING) upstream.terminate();
        };
        upstream.on('close', closeBoth);
        client.on('close', closeBoth);
        client.on('error', closeBoth);
      });
    });
  }

  /** Drops every open WebSocket (clients reconnect). */
  dropSockets(): void {
    for (const p of this.pairs) {
      p.client.terminate();
      p.upstream.terminate();
    }
  }

  async close(): Promise<void> {
    this.dropSockets();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}
