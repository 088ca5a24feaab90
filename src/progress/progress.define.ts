import { defineOnce } from '../core/define.js';
import { SeoulLearnProgress } from './progress.js';

defineOnce('seoul-learn-progress', SeoulLearnProgress);

declare global {
  interface HTMLElementTagNameMap {
    'seoul-learn-progress': SeoulLearnProgress;
  }
}
