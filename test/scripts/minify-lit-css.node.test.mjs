import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyCss, minifyLitCssSource } from '../../scripts/minify-lit-css.mjs';

describe('minify-lit-css', () => {
  it('minifies a css tagged template in code position', () => {
    const code = 'export const s = css`\n  :host {\n    display: block; /* why */\n  }\n`;';
    assert.equal(minifyLitCssSource(code), 'export const s = css`:host{display:block}`;');
  });

  it('minifies templates in a list and after return', () => {
    const code = 'const a = [base, css`\n a { b: c; }\n`];\nfunction f() { return css`x { y: z; }`; }';
    assert.equal(minifyLitCssSource(code), 'const a = [base, css`a{b:c}`];\nfunction f() { return css`x{y:z}`; }');
  });

  it('leaves a css` that a comment or a string mentions, and the code after it, alone', () => {
    const code = [
      '// Styles come as css`…` templates.',
      '// One css` tag, then code:',
      'const t = `  a   b  `;',
      'const html = `<p>${1}</p>`;',
      "const note = 'write css`a { }` here';",
      '/* css`x` */ const y = `  keep   this  `;',
    ].join('\n');
    assert.equal(minifyLitCssSource(code), null);
  });

  it('leaves templates with interpolations or escapes alone', () => {
    assert.equal(minifyLitCssSource('const s = css`a { b: ${c}; }`;'), null);
    assert.equal(minifyLitCssSource('const s = css`a::before { content: "\\2014"; }`;'), null);
  });

  it('keeps the spaces that carry meaning', () => {
    assert.equal(minifyCss('.a  .b , .c > .d { margin: 0 auto; }'), '.a .b,.c>.d{margin:0 auto}');
    assert.equal(minifyCss('.x :focus-visible { color: red; }'), '.x :focus-visible{color:red}');
  });
});
