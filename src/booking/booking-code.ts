/**
 * The booking code a learner reads, says on the phone or writes down: `SL-7F3A-92`. It comes from
 * the booking id (which stays internal) by a fixed hash, so the same booking always shows the
 * same code, in both languages. Crockford's base-32 letters leave out I, L, O and U, which read
 * like 1, 0 or a word.
 */
const LETTERS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function bookingCode(id: string): string {
  // FNV-1a, 32 bits: six base-32 characters take 30 of them.
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  let code = '';
  for (let i = 0; i < 6; i++, hash >>>= 5) code += LETTERS[hash & 31];
  return `SL-${code.slice(0, 4)}-${code.slice(4)}`;
}
