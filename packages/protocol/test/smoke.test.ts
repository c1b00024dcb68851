import { describe, expect, it } from 'vitest';
import { open, reserveCounters, seal } from '../src/index.js';
import { establish, PROVIDERS } from './helpers.js';

describe.each(PROVIDERS)('end to end (%s provider)', (_name, crypto) => {
  it('a message sealed by the issuer opens at the holder and back', async () => {
    const p = await establish(crypto);
    let issuer = reserveCounters(p.issuer, 10).state;
    const sealed = seal(crypto, issuer, { plainCredential: { encodedCredential: 'hello' } });
    issuer = sealed.state;
    const opened = open(crypto, p.holder, sealed.message);
    expect(opened.message.plainCredential?.encodedCredential).toBe('hello');
    expect(opened.counter).toBe(0);
    let holder = reserveCounters(opened.state, 1).state;
    const back = seal(crypto, holder, { replyTo: 'x' });
    holder = back.state;
    expect(open(crypto, issuer, back.message).message.replyTo).toBe('x');
  });
});
