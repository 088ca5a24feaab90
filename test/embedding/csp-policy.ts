/** The policy scripts/wtr-embedding.mjs serves test/embedding/pages/csp.html with (issue 7). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types seoul-learn lit-html dompurify',
].join('; ');
