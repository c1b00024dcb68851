import { beforeAll, describe, expect, it } from 'vitest';
import { agentsOn, PLUGIN_BACKENDS, XSALSA_BACKEND, type PluginBackend, type OpenBackend } from './backends.js';
import { eventually, type TestAgent } from './helpers.js';

describe.each([...PLUGIN_BACKENDS, XSALSA_BACKEND])('rekey and resync through the plugin on $name', (backend: PluginBackend) => {
  const agents = agentsOn(backend);
  let env: OpenBackend, issuer: TestAgent, holder: TestAgent;
  let connectionId: string;
  beforeAll(async () => {
    ({ env, issuer, holder } = agents);
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    connectionId = (await holder.agent.e2eAcceptInvitation({ invitation: invitation.url, did: holder.did })).connectionId;
  }, 60_000);

  const epochs = async () => [(await issuer.agent.e2eGetConnection({ connectionId })).epoch, (await holder.agent.e2eGetConnection({ connectionId })).epoch];
  const received = async (agent: TestAgent) => (await agent.agent.e2eGetMessages({ connectionId, limit: 1000 })).messages.map((m) => m.messageId);

  it('a rekey requested by the holder moves both sides to epoch 1 and messages keep flowing both ways', async () => {
    await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'a.b.c' }, messageId: 'before' } });
    await eventually(async () => (await received(holder)).includes('before'));

    await holder.agent.e2eRekey({ connectionId });
    await eventually(async () => {
      const [i, h] = await epochs();
      return i === 1 && h === 1;
    }, 20_000, 'both sides in epoch 1');

    await issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 'd.e.f' }, messageId: 'after-i' } });
    await holder.agent.e2eSendMessage({ connectionId, message: { atalaErrorMessage: { status: { code: 1, message: 'hello' } }, messageId: 'after-h' } });
    await eventually(async () => (await received(holder)).includes('after-i'), 20_000, 'the issuer message in epoch 1');
    await eventually(async () => (await received(issuer)).includes('after-h'), 20_000, 'the holder message in epoch 1');
    const inEpoch1 = (await holder.agent.e2eGetMessages({ connectionId })).messages.find((m) => m.messageId === 'after-i');
    expect(inEpoch1?.epoch).toBe(1);
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId })).unacked === 0, 20_000, 'acks in the new epoch');
  }, 60_000);

  it('an issuer-started rekey and a resync on demand leave the connection usable', async () => {
    await issuer.agent.e2eRekey({ connectionId });
    await eventually(async () => {
      const [i, h] = await epochs();
      return i === 2 && h === 2;
    }, 20_000, 'both sides in epoch 2');
    const r = await holder.agent.e2eResync({ connectionId });
    expect(r.epoch).toBe(2);
    await issuer.agent.e2eSendMessage({ connectionId, message: { credentialRevoked: { encodedCredential: 'eyJ4IjoxfQ', reason: 'test' }, messageId: 'epoch2' } });
    await eventually(async () => (await received(holder)).includes('epoch2'), 20_000, 'the message in epoch 2');
  }, 60_000);

  it('a record sent before a rekey the holder answers while away arrives once and is acked', async () => {
    const away = await env.agent({ autoListen: false });
    const invitation = await issuer.agent.e2eCreateInvitation({ did: issuer.did });
    const id = (await away.agent.e2eAcceptInvitation({ invitation: invitation.url, did: away.did })).connectionId;
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: id })).state === 'established', 15_000, 'the issuer side');
    await away.agent.e2eStopListening({});
    // The holder is away: the record waits at the connector, and so does the rekey the issuer starts.
    const sent = await issuer.agent.e2eSendMessage({ connectionId: id, message: { credentialJwt: { jwt: 'g.h.i' } } });
    await issuer.agent.e2eRekey({ connectionId: id });
    // Back, the holder answers the rekey before it acks the record of the old epoch: the issuer
    // has switched epochs when the ack for epoch 0 arrives.
    await away.agent.e2eStartListening({});
    await eventually(async () => (await away.agent.e2eGetMessages({ connectionId: id })).messages.some((m) => m.messageId === sent.messageId), 15_000, 'the credential');
    await eventually(async () => (await issuer.agent.e2eGetConnection({ connectionId: id })).unacked === 0, 20_000, 'the ack of the old epoch');
    await eventually(async () => ((await issuer.agent.e2eGetConnection({ connectionId: id })).epoch ?? 0) > sent.epoch, 20_000, 'the rekey at the issuer');
    const copies = (await away.agent.e2eGetMessages({ connectionId: id })).messages.filter((m) => m.messageId === sent.messageId);
    expect(copies).toHaveLength(1);
  }, 60_000);

  it('sending on an unknown connection or with a reserved AtalaMessage variant fails with a typed error', async () => {
    await expect(issuer.agent.e2eSendMessage({ connectionId: 'nope', message: { credentialJwt: { jwt: 'x' } } })).rejects.toThrow(/^not_found:/);
    await expect(issuer.agent.e2eSendMessage({ connectionId, message: { e2eAck: { epoch: 0 } } as never })).rejects.toThrow(/^invalid_argument:/);
    await expect(issuer.agent.e2eSendMessage({ connectionId, message: {} })).rejects.toThrow(/^invalid_argument:/);
    await expect(issuer.agent.e2eSendMessage({ connectionId, message: { credentialJwt: { jwt: 42 } } as never })).rejects.toThrow(/^invalid_argument:/);
  });
});
