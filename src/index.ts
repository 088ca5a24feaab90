/**
 * `@seoul-learn/elements`: the element classes, data sources, types and helpers. Importing this
 * module defines nothing; import `@seoul-learn/elements/define.js` (or one element's define module)
 * to register the tags, or define a class under a name of your own.
 */
export * from './public-api.js';
export * from './data/http/index.js';
