/** "Hot news now": editor's picks, then what recent news connects to most (or what readers viewed most). */
export { rankHot } from './rank-hot.ts';
export { parsePopular } from './parse-popular.ts';
export { measureConnections, type Connections } from './measure-connections.ts';
export type { HotItem, HotOptions, PopularViews } from './types.ts';
export { buildHotFragment, HOT_BASIS_LABELS, type HotFragment, type HotFragmentSettings } from './hot-fragment.ts';
