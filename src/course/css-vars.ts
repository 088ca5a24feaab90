import { noChange, type ElementPart } from 'lit';
import { Directive, PartType, directive, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through CSSOM (`style.setProperty`) on every render.
 * Unlike `styleMap`, whose first render writes a `style` attribute, this never produces an inline
 * style attribute, so a page with `style-src 'self'` blocks nothing.
 */
class CssVarsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssVars() belongs on an element');
  }

  // The parameter only types the directive's argument; update() does the work.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  render(_vars: Readonly<Record<`--${string}`, string>>): unknown {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<`--${string}`, string>>]): unknown {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
