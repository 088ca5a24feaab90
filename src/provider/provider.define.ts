import { defineOnce } from '../core/define.js';
import { SeoulLearnProvider } from './provider.js';

defineOnce('seoul-learn-provider', SeoulLearnProvider);

declare global {
  interface HTMLElementTagNameMap {
    'seoul-learn-provider': SeoulLearnProvider;
  }
}
