// A Vite plugin that trims the markup inside Lit `html` tagged templates of our own sources: a
// line break and the indentation after it become one space, which is what HTML makes of them
// anyway. Lit ships template text as written, so the indentation of our templates would otherwise
// reach every learner's phone. Text inside <pre>, <textarea> and <script>/<style> keeps its line
// breaks, so templates with those are left alone. (Our one `white-space: pre-wrap` container,
// the booking question, holds its text in one interpolation on one line.)
import ts from 'typescript';

/** Elements whose text keeps its white space. */
const KEEPS_WHITESPACE = /<(pre|textarea|script|style)\b/i;

/** @param {string} text a template chunk between interpolations, as written in the source */
export function trimTemplateText(text) {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, ' ').replace(/ {2,}/g, ' ');
}

/**
 * The source with every `html` template's text trimmed, or `undefined` when nothing changed.
 * @param {string} code
 * @param {string} fileName
 */
export function minifyHtmlTemplates(code, fileName) {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number; end: number; text: string }[]} */
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && node.tag.text === 'html') {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const whole = parts.map((part) => part.rawText ?? '').join('');
      if (!KEEPS_WHITESPACE.test(whole)) {
        for (const part of parts) {
          const raw = part.rawText ?? '';
          const trimmed = trimTemplateText(raw);
          if (trimmed === raw) continue;
          // The literal's text sits between its delimiters: ` or } before, ` or ${ after.
          const start = part.getStart(source) + 1;
          const end = part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2);
          if (code.slice(start, end) !== raw) continue;
          edits.push({ start, end, text: trimmed });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** @returns {import('vite').Plugin} */
export function minifyLitHtml() {
  return {
    name: 'seoul-learn-minify-lit-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('html`')) return null;
      const out = minifyHtmlTemplates(code, id);
      return out === undefined ? null : { code: out, map: null };
    },
  };
}
