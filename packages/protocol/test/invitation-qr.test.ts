import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { createInvitation, encodeInvitationUrl } from '../src/index.js';
import { NOW, PROVIDERS } from './helpers.js';

/** Version 10 at level M is the largest code that scanned reliably from a phone camera in our trials (DESIGN §3). */
const MAX_QR_VERSION = 10;

const ISSUERS = {
  'did:key': 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  'did:peer:2':
    'did:peer:2.Vz6Mkj3PUd1WjvaDhNZhhhXQdz5UnZXmS7ehtx8bsPpD47kKc.Ez6LSg8zQom395jKLrGiBNruB9MM6V8PWuf2FpEy4uRFiqQBR.SeyJ0IjoiZG0iLCJzIjp7InVyaSI6Imh0dHBzOi8vZXhhbXBsZS5jb20vZGlkY29tbSIsImEiOlsiZGlkY29tbS92MiJdfX0',
};

describe.each(PROVIDERS)('invitation QR code (%s provider)', (_name, crypto) => {
  for (const [method, did] of Object.entries(ISSUERS)) {
    it(`an invitation from a ${method} issuer fits a QR code of version ${MAX_QR_VERSION} or lower at level M`, () => {
      const inv = createInvitation(crypto, { connectorUrl: 'https://connector.university.example.org', issuerDid: did, identityKey: crypto.x25519KeyPair().publicKey, now: NOW });
      for (const scheme of ['https', 'custom'] as const) {
        const url = encodeInvitationUrl(inv, { scheme });
        const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
        expect(qr.version, `${scheme}: ${url.length} characters`).toBeLessThanOrEqual(MAX_QR_VERSION);
      }
    });
  }
});
