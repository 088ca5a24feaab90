import { createComponent } from '@lit/react';
import * as React from 'react';
import '../provider/provider.define.js';
import { SeoulLearnProvider as SeoulLearnProviderElement } from '../provider/provider.js';

/**
 * React component for `<seoul-learn-provider>`: shares `region`, `locale`, `contrast`,
 * `learnerId`, `apiBase`, `dataSource` and `getToken` with every Seoul Learn element inside it.
 * Props are set as element properties, so `dataSource` and `getToken` take objects and functions.
 * The provider fires no events of its own; the elements' events bubble through it.
 *
 * @example
 * <SeoulLearnProvider region="chungbuk" locale="en" learnerId={user.id}>
 *   <SeoulLearnCourse courseId="mid-english-grammar" />
 * </SeoulLearnProvider>
 */
export const SeoulLearnProvider = createComponent({
  react: React,
  tagName: 'seoul-learn-provider',
  elementClass: SeoulLearnProviderElement,
  displayName: 'SeoulLearnProvider',
});
