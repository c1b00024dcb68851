import { describe, expect, test } from 'vitest';
import { CONNECTOR_CODES } from '@connector-e2e/connector-client';
import { CONNECTOR_ERROR_CODES, CONNECTOR_ERROR_STATUS, ConnectorError } from '../src/index.js';

describe('error table', () => {
  test('every error code maps to an HTTP status and the client knows every code', () => {
    for (const code of CONNECTOR_ERROR_CODES) expect(CONNECTOR_ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
    expect([...CONNECTOR_CODES].sort()).toEqual([...CONNECTOR_ERROR_CODES].sort());
  });

  test('error messages start with their code and narrow with is()', () => {
    const e = new ConnectorError('queue_full', 'too many');
    expect(e.message).toBe('queue_full: too many');
    expect(e.status).toBe(507);
    expect(ConnectorError.is(e, 'queue_full')).toBe(true);
    expect(ConnectorError.is(e, 'forbidden')).toBe(false);
    expect(ConnectorError.is(new Error('queue_full: x'))).toBe(false);
  });
});
