/**
 * Bad invitations: expired, reused, tampered and malformed ones fail with a typed error (the
 * code at the start of the message, as it survives Veramo's REST hop) and leave no connection
 * that could be used.
 */
import { randomBytes } from 'node:crypto';
import { decodeInvitationUrl, encodeInvitationUrl, SecretBytes, type Invitation } from '@connector-e2e/protocol';
import { beforeAll, describe, expect, it } from 'vitest';
import { agentsOn, PLUGIN_BACKENDS, type PluginBackend, type OpenBackend } from './backends.js';
import type { TestAgent } from './helpers.js';

interface ConnectionDbRow {
  connection_id: string;
  state: string;
  session_sealed: string | null;
  handshake_sealed: string | null;
  error: string | null;
}

const connections = (a: TestAgent): Promise<ConnectionDbRow[]> =>
  a.db.query('SELECT connection_id, state, session_sealed, handshake_sealed, error FROM e2e_connection ORDER BY created_at');

/** Re-encodes an invitation URL with some fields replaced (what an attacker holding the QR can do). */
function rewrite(url: string, change: (inv: Invitation) => Partial<Invitation>): string {
  const inv = decodeInvitationUrl(url);
  return encodeInvitationUrl({ ...inv, ...change(inv) });
}

/** A holder-side connection is unusable: failed, no session and no handshake secrets, and sending is refused. */
async function expectUnusable(holder: TestAgent, row: ConnectionDbRow, code: string): Promise<void> {
  expect(row.state).toBe('failed');
  expect(row.session_sealed).toBeNull();
  expect(row.handshake_sealed).toBeNull();
  expect(row.error).toMatch(new RegExp(`^${code}: `));
  await expect(holder.agent.e2eSendMessage({ connectionId: row.connection_id, message: { customMessage: { typeUrl: 'x', value: '' } } })).rejects.toThrow(
    /^connection_not_established: /,
  );
}

describe.each(PLUGIN_BACKENDS)('invitations that must not lead to a session on $name', (backend: PluginBackend) => {
  const agents = agentsOn(backend);
  let env: OpenBackend, issuer: TestAgent, holder: TestAgent;
  beforeAll(() => void ({ env, issuer, holder } = agents));

  it('an invitation whose expiry lies in the past fails with invitation_expired and consumes nothing', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did, ttlSeconds: 60 });
    const nowS = Math.floor(Date.now() / 1000);
    const expired = rewrite(invitation.url, () => ({ expiresAt: nowS - 5 }));
    const before = (await connections(holder)).length;

    await expect(holder.agent.e2eAcceptInvitation({ invitation: expired, did: holder.did })).rejects.toThrow(/^invitation_expired: /);
    expect(await connections(holder)).toHaveLength(before);

    // The check happens before the token reaches the connector: the genuine invitation still works.
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(connection.state).toBe('established');
  });

  it("an invitation is expired by the holder's clock (the plugin's clock option): a holder 2 minutes ahead refuses a 60-second invitation and consumes nothing", async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did, ttlSeconds: 60 });
    const ahead = await env.agent({ clock: () => Date.now() + 120_000 });
    await expect(ahead.agent.e2eAcceptInvitation({ invitation: invitation.url, did: ahead.did })).rejects.toThrow(/^invitation_expired: /);
    expect(await connections(ahead)).toHaveLength(0);
    const connection = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(connection.state).toBe('established');
  });

  it('a second accept of the same invitation fails with invitation_used and leaves one connection', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const first = await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did });
    expect(first.state).toBe('established');
    const holderRows = (await connections(holder)).length;

    // The same wallet scanning it again, and a second wallet that saw the QR code.
    await expect(holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did })).rejects.toThrow(/^invitation_used: /);
    const other = await env.agent();
    await expect(other.agent.e2eAcceptInvitation({ invitation: invitation.url, did: other.did })).rejects.toThrow(/^invitation_used: /);
    expect(await connections(other)).toHaveLength(0);
    expect(await connections(holder)).toHaveLength(holderRows);
    const issuerRows = (await connections(issuer)).filter((r) => r.connection_id === first.connectionId);
    expect(issuerRows).toHaveLength(1);
    expect(issuerRows[0]!.state).toBe('established');
  });

  // The envelope mode is in the invitation hash: changed on the way (in either direction), the
  // two sides derive different transcripts and the bundle MAC fails (docs/protocol.md 6.2).
  it.each([
    ['a plain invitation turned into an ETAMP one', 'plain', 'etamp'],
    ['an ETAMP invitation with its mode stripped', 'etamp', undefined],
  ] as const)('%s fails the handshake with bad_mac at its deadline and leaves a failed connection', async (_what, issued, scanned) => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did, envelope: issued });
    const changed = rewrite(invitation.url, () => ({ envelope: scanned }));
    expect(changed).not.toBe(invitation.url);
    await expect(holder.agent.e2eAcceptInvitation({ invitation: changed, did: holder.did, timeoutMs: 2500 })).rejects.toThrow(/^bad_mac: /);
    const rows = await connections(holder);
    await expectUnusable(holder, rows[rows.length - 1]!, 'bad_mac');
  });

  it('a character flipped in the fragment fails with invitation_malformed before anything is sent', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const hashAt = invitation.url.indexOf('#');
    const before = (await connections(holder)).length;
    // The first four characters carry the first three payload bytes: the version field and the
    // token's tag and length. Flipping any of them breaks the structure the strict decoder expects.
    for (let at = hashAt + 1; at <= hashAt + 4; at++) {
      const c = invitation.url[at]!;
      const flipped = invitation.url.slice(0, at) + (c === 'A' ? 'B' : c === '_' ? '-' : String.fromCharCode(c.charCodeAt(0) ^ 1)) + invitation.url.slice(at + 1);
      expect(flipped).not.toBe(invitation.url);
      await expect(holder.agent.e2eAcceptInvitation({ invitation: flipped, did: holder.did }), `flip at ${at - hashAt}`).rejects.toThrow(/^invitation_malformed: /);
    }
    // A fragment cut short (a partial scan) is malformed too.
    await expect(holder.agent.e2eAcceptInvitation({ invitation: invitation.url.slice(0, -6), did: holder.did })).rejects.toThrow(/^invitation_malformed: /);
    expect(await connections(holder)).toHaveLength(before);
  });

  // The bundle fails its check on every copy: it is discarded each time, and at the accept's
  // deadline the connection fails with the check's code (a relay's one forged copy would not).
  it('an invitation with a different secret fails the handshake with bad_mac at its deadline and leaves a failed connection', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const forged = rewrite(invitation.url, () => ({ secret: new SecretBytes(new Uint8Array(randomBytes(16)), 'forged secret') }));
    await expect(holder.agent.e2eAcceptInvitation({ invitation: forged, did: holder.did, timeoutMs: 2500 })).rejects.toThrow(/^bad_mac: /);
    const rows = await connections(holder);
    await expectUnusable(holder, rows[rows.length - 1]!, 'bad_mac');
    // The issuer never got a valid init: its side of the connection holds no session.
    const issuerSide = (await connections(issuer)).filter((r) => r.connection_id === rows[rows.length - 1]!.connection_id);
    expect(issuerSide[0]?.state).not.toBe('established');
    expect(issuerSide[0]?.session_sealed ?? null).toBeNull();
  });

  it('an invitation with a substituted commitment fails with commitment_mismatch at its deadline and leaves a failed connection', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const forged = rewrite(invitation.url, () => ({ commitment: new Uint8Array(randomBytes(32)) }));
    await expect(holder.agent.e2eAcceptInvitation({ invitation: forged, did: holder.did, timeoutMs: 2500 })).rejects.toThrow(/^commitment_mismatch: /);
    const rows = await connections(holder);
    await expectUnusable(holder, rows[rows.length - 1]!, 'commitment_mismatch');
    const view = await holder.agent.e2eGetConnection({ connectionId: rows[rows.length - 1]!.connection_id });
    expect(view.state).toBe('failed');
    expect(view.error).toMatch(/^commitment_mismatch: /);
  });

  it('text that is not an invitation fails with invitation_malformed', async () => {
    const before = (await connections(holder)).length;
    const head = `${env.connector.url}/invite`;
    const samples = [
      '',
      'hello',
      'https://example.org/',
      `${head}#`,
      `${head}#not*base64`,
      `${head}#${Buffer.from('not a protobuf invitation').toString('base64url')}`,
      `${env.connector.url}/elsewhere#${(await issuer.agent.e2eCreateInvitation({ did: issuer.did })).url.split('#')[1]}`,
      `${head}#${'A'.repeat(5000)}`,
    ];
    for (const text of samples) {
      await expect(holder.agent.e2eAcceptInvitation({ invitation: text, did: holder.did }), JSON.stringify(text.slice(0, 60))).rejects.toThrow(/^invitation_malformed: /);
    }
    expect(await connections(holder)).toHaveLength(before);
    // A wrong argument type is refused as such, not as an invitation.
    await expect(holder.agent.e2eAcceptInvitation({ invitation: 42 as unknown as string, did: holder.did })).rejects.toThrow(/^invalid_argument: /);
  });
});
