import { warnOnce } from './warn.js';

const defineWarnings = {};

/**
 * Defines `tag` as `ctor` unless the tag is already taken. A second definition (the same bundle
 * loaded twice, or a CDN copy beside an npm copy) warns once and keeps the first one instead of
 * throwing, so a page never breaks because two scripts both define the elements.
 *
 * @returns `true` when this call defined the tag.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== ctor) {
      warnOnce(
        defineWarnings,
        tag,
        `<${tag}> is already defined by another copy of the library; keeping the first definition.`,
      );
    }
    return false;
  }
  customElements.define(tag, ctor);
  return true;
}
