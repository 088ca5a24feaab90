/**
 * Random ids for update ids, xAPI statement and session ids and idempotency keys.
 *
 * `crypto.randomUUID` exists only in secure contexts, and partner pages are still served over plain
 * HTTP, so ids are built on `crypto.getRandomValues`, which every context has.
 */

const hex = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** A random RFC 9562 version 4 UUID (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`), in any context. */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A random id of `bytes` random bytes as lower-case hex (default 16 bytes, 32 characters). */
export function randomHexId(bytes = 16): string {
  return hex(crypto.getRandomValues(new Uint8Array(bytes)));
}
