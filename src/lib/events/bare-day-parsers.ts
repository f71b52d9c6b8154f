import type { Parser, ParsingComponents } from 'chrono-node';

/** Tag put on results that name a day of the month without its month ("on the 19th"). */
export const BARE_DAY_TAG = 'dateline/bareDay';

const ORDINAL = String.raw`(\d{1,2})(?:st|nd|rd|th)`;
// What may follow "the 19th" for it to be a date rather than "the 19th century" or "the 19th floor".
const DATE_FOLLOWS = String.raw`(?=\s*(?:$|[,.;:!?()"'”’—–]|(?:and|or|to|through|till|until|when|while|at|in|after|before|as|but|with|amid|morning|afternoon|evening|night|local|that|of\s+(?:this|last|the)\s+month)\b))`;
const LEAD = String.raw`(?:(on|since|from|until|till|through|by|before|after|between)\s+)?`;
// Without a leading preposition, only these make "the 19th" a date ("the 19th (local time)").
const LONE_DATE_FOLLOWS = /^\s*(?:\(?local time|morning|afternoon|evening|night|of (?:this|last|the) month)/i;

const RANGE = new RegExp(String.raw`\b${LEAD}the\s+${ORDINAL}\s*(?:-|–|to|and|through|until|till)\s*(?:the\s+)?${ORDINAL}${DATE_FOLLOWS}`, 'i');
const SINGLE = new RegExp(String.raw`\b${LEAD}the\s+${ORDINAL}${DATE_FOLLOWS}`, 'i');

// Chrono drops results that are not real dates, and would fill in the month from the reference
// date (no 31st in April). The month is resolved later, so imply one that has every day.
function anyMonth(components: ParsingComponents): ParsingComponents {
  return components.imply('month', 1).imply('year', 2000);
}

function validDay(value: string | undefined): number | null {
  const day = Number(value);
  return Number.isInteger(day) && day >= 1 && day <= 31 ? day : null;
}

/** Chrono parser for "from the 17th to the 19th", "between the 3rd and 5th", "the 17th-19th". */
export const bareDayRangeParser: Parser = {
  pattern: () => RANGE,
  extract(context, match) {
    const start = validDay(match[2]);
    const end = validDay(match[3]);
    if (start === null || end === null || end < start) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.start = anyMonth(context.createParsingComponents({ day: start }));
    result.end = anyMonth(context.createParsingComponents({ day: end }));
    return result.addTag(BARE_DAY_TAG);
  },
};

/** Chrono parser for a day of the month named alone: "on the 19th", "since the 17th", "the 19th (local time)". */
export const bareDayParser: Parser = {
  pattern: () => SINGLE,
  extract(context, match) {
    const day = validDay(match[2]);
    if (day === null) return null;
    const index = match.index ?? 0;
    if (!match[1] && !LONE_DATE_FOLLOWS.test(context.text.slice(index + match[0].length))) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start = anyMonth(context.createParsingComponents({ day }));
    return result.addTag(BARE_DAY_TAG);
  },
};
