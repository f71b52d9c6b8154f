import { type Chrono, casual } from 'chrono-node';
import { bareDayParser, bareDayRangeParser } from './bare-day-parsers.ts';
import { nonEventRefiner } from './non-event-filter.ts';

let parser: Chrono | undefined;

/** Chrono's casual English parser plus bare-day parsers and the non-event filter (built once). */
export function eventParser(): Chrono {
  if (!parser) {
    parser = casual.clone();
    parser.parsers.push(bareDayRangeParser, bareDayParser);
    parser.refiners.push(nonEventRefiner);
  }
  return parser;
}
