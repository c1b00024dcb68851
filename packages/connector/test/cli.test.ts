import { describe, expect, test } from 'vitest';
import { DEFAULT_LIMITS, helpText, parseCli } from '../src/index.js';
import { FLAGS } from '../src/config.js';

describe('command line', () => {
  test('--help lists every flag with its environment variable', () => {
    const parsed = parseCli(['--help'], {});
    expect(parsed.kind).toBe('help');
    const text = parsed.kind === 'help' ? parsed.text : '';
    expect(text).toBe(helpText());
    for (const f of FLAGS) {
      expect(text).toContain(`--${f.flag}`);
      expect(text).toContain(f.env);
    }
  });

  test('every flag can come from the environment, and flags win over it', () => {
    const env = { CONNECTOR_PORT: '9000', CONNECTOR_DB: 'postgres://u@h/db', CONNECTOR_MAX_MESSAGE_BYTES: '2048', CONNECTOR_QUEUE_CAP: '5', CONNECTOR_RATE_LIMIT: '7' };
    const parsed = parseCli(['--port', '9100', '--queue-cap=6'], env);
    if (parsed.kind !== 'run') throw new Error('expected run');
    expect(parsed.options.port).toBe(9100);
    expect(parsed.options.db).toBe('postgres://u@h/db');
    expect(parsed.options.limits).toEqual({ ...DEFAULT_LIMITS, maxMessageBytes: 2048, queueCap: 6, rateLimitPerSecond: 7 });
  });

  test('the abuse limits and the metrics listener are flags and environment variables too', () => {
    const env = {
      CONNECTOR_MAX_SOCKETS_PER_PARTICIPANT: '3',
      CONNECTOR_WS_OPENS_PER_MINUTE: '12',
      CONNECTOR_SEND_BYTES_PER_SECOND: '1000',
      CONNECTOR_WS_PUSH_BYTES_PER_SECOND: '65536',
      CONNECTOR_WS_OUTBOUND_BUDGET_BYTES: '1048576',
      CONNECTOR_MAILBOX_QUOTA_BYTES: '5000',
      CONNECTOR_METRICS_TOKEN: 'secret',
    };
    const parsed = parseCli(
      ['--mailbox-quota-items', '9', '--max-connections', '4', '--registrations-per-minute', '2', '--registration-burst', '5', '--ws-frame-rate', '10', '--ws-frame-burst', '20', '--auth-failure-rate', '1', '--auth-failure-burst', '3', '--request-timeout-seconds', '5', '--metrics-port', '9464'],
      env,
    );
    if (parsed.kind !== 'run') throw new Error('expected run');
    expect(parsed.options.limits).toEqual({
      ...DEFAULT_LIMITS,
      maxSocketsPerParticipant: 3,
      wsOpensPerMinute: 12,
      sendBytesPerSecond: 1000,
      wsPushBytesPerSecond: 65536,
      wsOutboundBudgetBytes: 1048576,
      mailboxQuotaBytes: 5000,
      mailboxQuotaItems: 9,
      maxConnectionsPerParticipant: 4,
      registrationsPerMinute: 2,
      registrationBurst: 5,
      wsFramesPerSecond: 10,
      wsFrameBurst: 20,
      authFailuresPerSecond: 1,
      authFailureBurst: 3,
      requestTimeoutSeconds: 5,
    });
    expect(parsed.options.metricsPort).toBe(9464);
    expect(parsed.options.metricsHost).toBe('127.0.0.1');
    expect(parsed.options.metricsToken).toBe('secret');
    // the token is never printed
    expect(helpText()).not.toContain('secret');
  });

  test('bad flags and values are refused with a clear message', () => {
    expect(() => parseCli(['--nope', '1'], {})).toThrow(/unknown flag --nope/);
    expect(() => parseCli(['--port', 'eighty'], {})).toThrow(/--port: expected an integer/);
    expect(() => parseCli(['--port'], {})).toThrow(/needs a value/);
  });

  test('registration is open by default; --registration otp and --admin-token turn on OTP registration and the operator API', () => {
    const open = parseCli([], {});
    if (open.kind !== 'run') throw new Error('expected run');
    expect(open.options.registration).toBe('open');
    expect(open.options.adminToken).toBeUndefined();
    const otp = parseCli(['--registration', 'otp'], { CONNECTOR_ADMIN_TOKEN: 'operator-token-0123456789' });
    if (otp.kind !== 'run') throw new Error('expected run');
    expect(otp.options.registration).toBe('otp');
    expect(otp.options.adminToken).toBe('operator-token-0123456789');
    expect(helpText()).not.toContain('operator-token');
    expect(() => parseCli(['--registration', 'closed'], {})).toThrow(/--registration: open or otp/);
    expect(() => parseCli(['--admin-token', 'short'], {})).toThrow(/--admin-token: at least 16/);
  });

  test('the key directory takes its key file and its stock cap as flags or environment variables', () => {
    const none = parseCli([], {});
    if (none.kind !== 'run') throw new Error('expected run');
    expect(none.options.directoryKeyFile).toBeUndefined();
    expect(none.options.limits.maxPreKeyStock).toBe(1000);
    const parsed = parseCli(['--max-prekey-stock', '50'], { CONNECTOR_DIRECTORY_KEY_FILE: 'keys/directory-key.pem' });
    if (parsed.kind !== 'run') throw new Error('expected run');
    expect(parsed.options.directoryKeyFile).toBe('keys/directory-key.pem');
    expect(parsed.options.limits).toEqual({ ...DEFAULT_LIMITS, maxPreKeyStock: 50 });
    expect(() => parseCli(['--max-prekey-stock', '0'], {})).toThrow(/--max-prekey-stock: expected an integer >= 1/);
  });

  test('issue-otp takes an identifier and the database flags, and nothing else', () => {
    const parsed = parseCli(['issue-otp', '--identifier', '+15555550123', '--db', 'postgres://u@h/db'], {});
    expect(parsed).toMatchObject({ kind: 'issue-otp', identifier: '+15555550123', options: { db: 'postgres://u@h/db' } });
    expect(() => parseCli(['issue-otp'], {})).toThrow(/--identifier is required/);
    expect(() => parseCli(['--identifier', 'x'], {})).toThrow(/unknown flag --identifier/);
    expect(helpText()).toContain('issue-otp --identifier');
  });
});
