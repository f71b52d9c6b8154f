/** Incremental-build cache keys: one digest per page of everything it shows. */
export { buildPageKeys, type PageKeys, type PageKeySettings } from './build-page-keys.ts';
export { digestJson } from './digest-json.ts';
