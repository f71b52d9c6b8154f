/** What span classification needs to see of an article. */
import type { Token } from './tokenize';

/** Tokens of the article and which of them registered names cover. */
export interface SpanContext {
  tokens: readonly Token[];
  /** Registry match index per token, -1 when none. */
  covered: Int32Array;
  /** 1 for tokens in a title-cased line. */
  headline: Uint8Array;
}
