import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { decodeQrPng, pngFromDataUrl, renderQr } from '../src/handshake/qr.js';

const text = `https://connector.example.org/invite#${'k'.repeat(40)}.${'A1b2'.repeat(60)}`;

describe('the invitation QR code', () => {
  it("renders the symbol qrcode would choose by itself (version and mask), and the PNG decodes back to the text", async () => {
    const qr = await renderQr(text);
    const own = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(qr.version).toBe(own.version);
    // The same PNG as a render that picks the mask itself: fixing the symbol changed nothing.
    const chosenByQrcode = await QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 4, scale: 6, rendererOpts: { colorType: 0, filterType: 2 } } as QRCode.QRCodeToDataURLOptions);
    expect(qr.pngDataUrl).toBe(chosenByQrcode);
    expect(qr.svg).toBe(await QRCode.toString(text, { errorCorrectionLevel: 'M', type: 'svg', margin: 4 }));
    expect(decodeQrPng(pngFromDataUrl(qr.pngDataUrl))).toBe(text);
  });

  it('refuses what is not a PNG, and a PNG without a QR code, with invalid_argument', () => {
    expect(() => pngFromDataUrl('data:image/jpeg;base64,AAAA')).toThrow(/not a PNG data URL/);
    expect(() => decodeQrPng(new Uint8Array([1, 2, 3]))).toThrow(/^invalid_argument: not a PNG image/);
  });
});
