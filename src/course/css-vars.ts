import { noChange, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/**
 * Sets custom properties on an element through CSSOM (`style.setProperty`) on every render.
 * Unlike `styleMap`, whose first render writes a `style` attribute, this never produces an inline
 * style attribute, so a page with `style-src 'self'` blocks nothing. Only for element bindings
 * (`<div ${cssVars({...})}>`), as the controls use it.
 */
class CssVarsDirective extends Directive {
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
