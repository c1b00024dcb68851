import { assertBytes } from './bytes.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Key material that never shows up in `util.inspect`, `console.log`, `JSON.stringify`
 * or template strings. Read the bytes with `expose()`, only where a primitive needs them.
 */
export class SecretBytes {
  readonly #bytes: Uint8Array;

  constructor(bytes: Uint8Array, label = 'secret') {
    assertBytes(bytes, label);
    this.#bytes = bytes;
  }

  get length(): number {
    return this.#bytes.length;
  }

  expose(): Uint8Array {
    return this.#bytes;
  }

  toJSON(): string {
    return '[redacted]';
  }

  toString(): string {
    return '[redacted]';
  }

  [INSPECT](): string {
    return `SecretBytes(${this.#bytes.length} bytes, redacted)`;
  }
}
