/**
 * CLI entry: `connector-e2e-connector --port 8080 --db ./connector.sqlite`, or
 * `connector-e2e-connector issue-otp --identifier <id> --db ...` for the operator.
 * SIGTERM / SIGINT shut down gracefully (stop accepting, finish in-flight writes, close
 * sockets and the database) and exit 0.
 */
import { pino } from 'pino';
import { checkOtpIdentifier } from '@connector-e2e/protocol';
import { buildConnector } from './app.js';
import { parseCli, type CliOptions } from './config.js';
import { openDatabase } from './db.js';
import { issueRegistrationOtp } from './registration-otp.js';
import { Store } from './store.js';

/** `issue-otp`: writes the OTP's K_temp to the database every connector process reads. */
async function issueOtp(o: CliOptions, identifier: string): Promise<number> {
  try {
    checkOtpIdentifier(identifier);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  const db = await openDatabase({ url: o.db, pgSchema: o.pgSchema, sqliteSynchronous: o.sqliteSynchronous });
  try {
    const issued = await issueRegistrationOtp(new Store(db, o.limits, () => undefined), identifier, Date.now());
    process.stdout.write(`${JSON.stringify(issued)}\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  } finally {
    await db.close();
  }
}

export async function main(argv: readonly string[], env: Record<string, string | undefined>): Promise<number> {
  let parsed;
  try {
    parsed = parseCli(argv, env);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    return 2;
  }
  if (parsed.kind === 'help') {
    process.stdout.write(`${parsed.text}\n`);
    return 0;
  }
  const o = parsed.options;
  if (parsed.kind === 'issue-otp') return issueOtp(o, parsed.identifier);
  const logger = pino({ level: o.logLevel, base: { service: 'connector-e2e' } });
  const connector = await buildConnector({
    db: o.db,
    pgSchema: o.pgSchema,
    sqliteSynchronous: o.sqliteSynchronous,
    limits: o.limits,
    logger,
    wsPingSeconds: o.wsPingSeconds,
    sweepSeconds: o.sweepSeconds,
    registration: o.registration,
    ...(o.adminToken !== undefined ? { adminToken: o.adminToken } : {}),
    ...(o.directoryKeyFile !== undefined ? { directoryKeyFile: o.directoryKeyFile } : {}),
    defaultMetrics: true,
    metrics: {
      ...(o.metricsToken !== undefined ? { token: o.metricsToken } : {}),
      ...(o.metricsPort !== undefined ? { port: o.metricsPort, host: o.metricsHost } : {}),
    },
  });
  const url = await connector.listen(o.port, o.host);
  logger.info({ url, metrics: connector.metricsUrl, db: connector.db.driver, directoryKeyId: connector.directoryKey.keyId, directoryKey: connector.directoryKey.source }, 'connector listening');
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      connector.close().then(
        () => resolve(0),
        (e: unknown) => {
          logger.error({ err: (e as Error).message }, 'shutdown failed');
          resolve(1);
        },
      );
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}

main(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`connector failed to start: ${(e as Error).message}\n`);
    process.exit(1);
  },
);
