/**
 * A join link from the data source is untrusted text: only an absolute http(s) URL without
 * spaces or control characters may become a link or an iCalendar URL line (a CR/LF would let
 * it inject calendar properties).
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return undefined;
  }
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:' ? value : undefined;
  } catch {
    return undefined;
  }
}
