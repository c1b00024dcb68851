import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { connector_e2e } from '@connector-e2e/protocol';
import type { Backend, DbTarget } from '../helpers/backends.js';
import { bytes, pair, startConnector, type Running } from '../helpers/harness.js';

const api = connector_e2e.connector.v1;

/** Every cell of every connector table, as text (binary cells as hex and base64). */
async function allCells(running: Running): Promise<Array<{ table: string; column: string; value: string; raw: unknown }>> {
  const out: Array<{ table: string; column: string; value: string; raw: unknown }> = [];
  for (const table of ['participant', 'connection_token', 'relay_connection', 'mailbox_item', 'auth_nonce']) {
    const rows: Array<Record<string, unknown>> = await running.connector.db.dataSource.query(`SELECT * FROM ${table}`);
    for (const row of rows) {
      for (const [column, raw] of Object.entries(row)) {
        const value = raw instanceof Uint8Array ? `${Buffer.from(raw).toString('hex')} ${Buffer.from(raw).toString('base64')} ${Buffer.from(raw).toString('latin1')}` : String(raw);
        out.push({ table, column, value, raw });
      }
    }
  }
  return out;
}

export function hygieneSuite(backend: Backend): void {
  describe(`what the connector keeps and logs (${backend.name})`, () => {
    let target: DbTarget;
    let running: Running;
    beforeEach(async () => {
      target = await backend.create();
      running = await startConnector(target, { metrics: { token: 'scrape' } });
    });
    afterEach(async () => {
      await running.close();
      await target.cleanup();
    });

    test('the database holds exactly the bytes sent, nothing derived from them, and the logs never contain them', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      const marker = 'PAYLOAD-MARKER-7f3a9c';
      const payload = bytes(`${marker} secret plaintext that must stay opaque`);
      await issuer.send({ connectionId, messageId: 'm', payload });
      const cells = await allCells(running);
      const holding = cells.filter((c) => c.value.includes(marker) || c.value.includes(Buffer.from(payload).toString('hex')));
      expect(holding.map((c) => `${c.table}.${c.column}`)).toEqual(['mailbox_item.payload']);
      expect(new Uint8Array(holding[0]!.raw as Uint8Array)).toEqual(payload);
      const [delivered] = (await holder.fetch()).items;
      expect(delivered!.payload).toEqual(payload);
      await holder.ack([delivered!]);
      expect((await allCells(running)).filter((c) => c.value.includes(marker))).toEqual([]);
      const logs = running.logs.text;
      expect(logs.length).toBeGreaterThan(0);
      for (const form of [marker, Buffer.from(payload).toString('hex'), Buffer.from(payload).toString('base64'), Buffer.from(payload).toString('base64url')]) {
        expect(logs).not.toContain(form);
      }
      if (target.file) {
        // acked payloads are overwritten (secure_delete), not left in free pages of the file
        await running.connector.db.dataSource.query('PRAGMA wal_checkpoint(TRUNCATE)');
        expect(readFileSync(target.file).includes(Buffer.from(marker))).toBe(false);
      }
    });

    test('error responses carry their code in a protobuf ErrorBody and in a header', async () => {
      const res = await fetch(`${running.url}/v1/messages/fetch`, { method: 'POST', body: new Uint8Array([1, 2, 3]) });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/x-protobuf');
      expect(res.headers.get('x-connector-error')).toBe('unauthenticated');
      const body = api.ErrorBody.decode(new Uint8Array(await res.arrayBuffer()));
      expect(body.code).toBe('unauthenticated');
      expect(body.message).toMatch(/^unauthenticated: /);
      const missing = await fetch(`${running.url}/v1/nowhere`);
      expect(missing.status).toBe(404);
      expect(api.ErrorBody.decode(new Uint8Array(await missing.arrayBuffer())).code).toBe('not_found');
    });

    test('readiness turns 503 when the database is unreachable, while health stays 200', async () => {
      expect((await fetch(`${running.url}/readyz`)).status).toBe(200);
      await running.connector.db.close(); // fault: the database goes away under the server
      const ready = await fetch(`${running.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.text()).toContain('database unreachable');
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
    });

    test('health, readiness and metrics endpoints answer', async () => {
      const { issuer, holder, connectionId } = await pair(running.url);
      await issuer.send({ connectionId, messageId: 'm1', payload: bytes('x') });
      await holder.ack((await holder.fetch()).items);
      expect((await fetch(`${running.url}/healthz`)).status).toBe(200);
      const ready = await fetch(`${running.url}/readyz`);
      expect(ready.status).toBe(200);
      const metrics = await (await fetch(`${running.url}/metrics`, { headers: { authorization: 'Bearer scrape' } })).text();
      expect(metrics).toMatch(/connector_messages_stored_total 1/);
      expect(metrics).toMatch(/connector_messages_delivered_total\{via="http"\} 1/);
      expect(metrics).toMatch(/connector_messages_acked_total 2/); // the message and the 'accepted' notice
      expect(metrics).toMatch(/connector_queue_depth 0/);
      expect(metrics).toMatch(/connector_delivery_latency_seconds_bucket/);
      expect(metrics).toMatch(/connector_request_duration_seconds_bucket/);
    });
  });
}
