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

/** @returns {import('vite').Plugin} */
export function minifyLitCss() {
  return {
    name: 'seoul-learn-minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (whole, body) =>
        body.includes('${') || body.includes('\\') ? whole : `css\`${minifyCss(body)}\``,
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
