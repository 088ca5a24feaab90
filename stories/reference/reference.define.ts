import { defineOnce } from '../../src/core/define.js';
import { ElementReference } from './element-reference.js';
import { TokenReference } from './token-reference.js';

defineOnce('sl-token-reference', TokenReference);
defineOnce('sl-element-reference', ElementReference);

declare global {
  interface HTMLElementTagNameMap {
    'sl-token-reference': TokenReference;
    'sl-element-reference': ElementReference;
  }
}
