/** Prometheus metrics, one registry per connector instance. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  stored: Counter;
  delivered: Counter<'via'>;
  acked: Counter;
  expired: Counter;
  requestSeconds: Histogram<'route' | 'status'>;
  deliverySeconds: Histogram;
  sockets: Gauge;
  socketsClosed: Counter<'reason'>;
  refused: Counter<'code'>;
}

export function createMetrics(queueDepth: () => Promise<number>, defaults: boolean, outboundBytes: () => number): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry });
  const m: Metrics = {
    registry,
    stored: new Counter({ name: 'connector_messages_stored_total', help: 'Messages persisted (duplicates of a retried send not counted)', registers: [registry] }),
    delivered: new Counter({ name: 'connector_messages_delivered_total', help: 'Mailbox items handed to their recipient', labelNames: ['via'], registers: [registry] }),
    acked: new Counter({ name: 'connector_messages_acked_total', help: 'Mailbox items deleted on the recipient\'s ack', registers: [registry] }),
    expired: new Counter({ name: 'connector_messages_expired_total', help: 'Undelivered messages dropped at the end of retention (and reported)', registers: [registry] }),
    requestSeconds: new Histogram({
      name: 'connector_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames: ['route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    deliverySeconds: new Histogram({
      name: 'connector_delivery_latency_seconds',
      help: 'Time from a message being stored to it being handed to its recipient',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 10, 60, 3600],
      registers: [registry],
    }),
    sockets: new Gauge({ name: 'connector_websockets', help: 'Open WebSocket subscriptions', registers: [registry] }),
    socketsClosed: new Counter({ name: 'connector_websockets_closed_total', help: 'WebSockets the connector closed for a limit', labelNames: ['reason'], registers: [registry] }),
    refused: new Counter({ name: 'connector_requests_refused_total', help: 'Requests refused for a limit or quota, by error code', labelNames: ['code'], registers: [registry] }),
  };
  new Gauge({
    name: 'connector_websocket_outbound_bytes',
    help: 'Bytes queued on all WebSockets and not yet flushed (bounded by --ws-outbound-budget-bytes)',
    registers: [registry],
    collect() {
      this.set(outboundBytes());
    },
  });
  new Gauge({
    name: 'connector_queue_depth',
    help: 'Undelivered messages held',
    registers: [registry],
    async collect() {
      this.set(await queueDepth());
    },
  });
  return m;
}
