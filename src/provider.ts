/** Defines `<seoul-learn-provider>`. */
import './provider/provider.define.js';

export { SeoulLearnProvider } from './provider/provider.js';
