import { beforeAll, describe, expect, it } from 'vitest';
import { decodeQrPng, pngFromDataUrl } from '../src/index.js';
import { agentsOn, PLUGIN_BACKENDS, SQLITE3_DRIVER_BACKEND, XSALSA_BACKEND, type PluginBackend } from './backends.js';
import { eventually, type TestAgent } from './helpers.js';

describe.each([...PLUGIN_BACKENDS, SQLITE3_DRIVER_BACKEND, XSALSA_BACKEND])('two agents through a real connector process on $name', (backend: PluginBackend) => {
  const agents = agentsOn(backend);
  let issuer: TestAgent, holder: TestAgent;
  beforeAll(() => void ({ issuer, holder } = agents));

  it('an invitation scanned from its PNG QR code establishes a session and a credential JWT arrives decrypted', async () => {
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    expect(invitation.qr.version).toBeLessThanOrEqual(10);
    const scanned = decodeQrPng(pngFromDataUrl(invitation.qr.pngDataUrl));
    expect(scanned).toBe(invitation.url);

    const connection = await holder.agent.e2eAcceptInvitation({ invitation: scanned, did: holder.did });
    expect(connection.state).toBe('established');
    expect(connection.peerDid).toBe(issuer.did);
    // The ETAMP configuration's agents make ETAMP connections: everything below runs signed.
    expect(connection.envelope).toBe(backend.name.includes('ETAMP') ? 'etamp' : undefined);

    const issuerSide = await eventually(async () => {
      const c = await issuer.agent.e2eGetConnection({ connectionId: connection.connectionId });
      return c.state === 'established' ? c : undefined;
    });
    expect(issuerSide.peerDid).toBe(holder.did);

    const sent = await issuer.agent.e2eSendMessage({ connectionId: connection.connectionId, message: { credentialJwt: { jwt: 'eyJhbGciOiJFZERTQSJ9.e30.c2ln' } } });
    expect(sent.delivered).toBe(true);
    const received = await eventually(async () => (await holder.agent.e2eGetMessages({ connectionId: connection.connectionId })).messages[0]);
    expect(received.kind).toBe('credentialJwt');
    expect(received.message.credentialJwt?.jwt).toBe('eyJhbGciOiJFZERTQSJ9.e30.c2ln');
    expect(received.messageId).toBe(sent.messageId);

    // The holder's end-to-end ack clears the issuer's outbox.
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: connection.connectionId })).unacked === 0, 15_000, 'the end-to-end ack');
  }, 60_000);
});
