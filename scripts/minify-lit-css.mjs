// A Vite plugin that minifies the CSS inside Lit `css` tagged templates of our own sources:
// comments out, whitespace collapsed. Lit ships CSS text as written, so indentation would
// otherwise reach every learner's phone. Templates with `${…}` interpolations are left alone.

/** @param {string} text */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

// Only a tag in code position (after `=`, `(`, `,`, `[` or `return`): a comment or a string
// that mentions css`…` must not turn the code up to the next backtick into "CSS".
const TAGGED = /(?<=(?:[=(,[]|\breturn)\s*)\bcss`([^`]*)`/g;

/**
 * Minifies the `css` tagged templates in one module's source; `null` when nothing changed.
 * @param {string} code
 */
export function minifyLitCssSource(code) {
  if (!code.includes('css`')) return null;
  const out = code.replace(TAGGED, (whole, body) =>
    body.includes('${') || body.includes('\\') ? whole : `css\`${minifyCss(body)}\``,
  );
  return out === code ? null : out;
}

/** @returns {import('vite').Plugin} */
export function minifyLitCss() {
  return {
    name: 'seoul-learn-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id)) return null;
      const out = minifyLitCssSource(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
