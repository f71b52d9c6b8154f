/** Word lists behind the name lexicon: months, weekdays, pronouns, family names, everyday words. */

/** Month names and abbreviations. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
]);
/** Weekday names and abbreviations. */
export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue',
  'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);
/** Pronouns and words that stand in for a name. */
export const PRONOUNS = new Set([
  'i', 'me', 'my', 'mine', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'he', 'him', 'his',
  'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'this', 'that', 'these',
  'those', 'who', 'whom', 'whose', 'which', 'what', 'one', 'someone', 'everyone', 'anyone',
]);

/** Family names that come first in Korean, Chinese and Vietnamese names as written in English news. */
export const FAMILY_FIRST = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'oh',
  'seo', 'shin', 'kwon', 'hwang', 'ahn', 'yoo', 'hong', 'jeon', 'moon', 'yang', 'bae', 'baek',
  'nam', 'noh', 'kwak', 'chung', 'rhee', 'ri', 'pak', 'choe', 'wang', 'li', 'zhang', 'liu', 'chen',
  'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'zhu', 'hu', 'guo', 'lin', 'gao', 'luo', 'zheng',
  'liang', 'xie', 'tang', 'feng', 'deng', 'cao', 'peng', 'xi', 'qin', 'ding', 'wei', 'nguyen',
  'tran', 'pham', 'hoang', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'hun', 'lai',
  'tsai', 'ko', 'song',
]);

/** Capitalised words that start sentences and headings but are never names on their own. */
export const EXTRA_COMMON = new Set([
  'according', 'also', 'among', 'another', 'because', 'before', 'both', 'but', 'despite', 'during',
  'each', 'earlier', 'either', 'even', 'every', 'following', 'for', 'from', 'further', 'here',
  'however', 'if', 'in', 'instead', 'last', 'later', 'many', 'meanwhile', 'more', 'most', 'neither',
  'next', 'no', 'nor', 'not', 'now', 'officials', 'once', 'only', 'other', 'over', 'since', 'some',
  'still', 'such', 'the', 'then', 'there', 'these', 'those', 'though', 'through', 'today', 'under',
  'unlike', 'until', 'when', 'where', 'while', 'with', 'without', 'yet', 'yesterday', 'tomorrow',
  'tonight', 'a', 'an', 'and', 'as', 'at', 'by', 'of', 'on', 'or', 'to', 'after', 'all', 'any',
  'fact', 'sheet', 'statement', 'readout', 'remarks', 'background', 'press', 'release', 'update',
  'breaking', 'exclusive', 'analysis', 'opinion', 'editorial', 'photo', 'video', 'watch', 'live',
  'read', 'more', 'related', 'note', 'editor', 'editors', 'source', 'sources', 'reporting',
]);

/** Word endings of English common nouns and adjectives that names (almost) never have. */
export const COMMON_ENDINGS = [
  'tion', 'tions', 'sion', 'sions', 'ment', 'ments', 'ness', 'ity', 'ities', 'ary', 'aries', 'ory',
  'ories', 'ive', 'ives', 'ous', 'ful', 'less', 'able', 'ible', 'ical', 'ism', 'isms', 'ist', 'ists',
  'ship', 'ships', 'ance', 'ances', 'ence', 'ences', 'ency', 'ancy', 'ture', 'tures', 'ology', 'ized',
  'ised', 'izing', 'ising', 'hood', 'ional', 'ians',
];
/** Frequent capitalised words of official prose that the lexicon does not list. */
export const EXTRA_PLAIN = new Set([
  'federal', 'tribal', 'congressional', 'workforce', 'moonshot', 'diaspora', 'indigenous', 'jewish',
  'peoples', 'hubs', 'hub', 'summit', 'agenda', 'strategy', 'framework', 'initiative', 'partnership',
  'program', 'programs', 'fund', 'grants', 'grant', 'act', 'law', 'bill', 'plan', 'declaration',
  'forum', 'dialogue', 'corridor', 'facility', 'platform', 'campaign', 'network', 'county', 'basin',
  'river', 'monument', 'governments', 'communities', 'nations', 'islands', 'americans', 'african',
  'asian', 'islander', 'islanders', 'medicare', 'medicaid', 'covid', 'covid-19', 'vice', 'chair', 'admin',
]);
/** Compass and region words. */
export const DIRECTIONS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast',
  'northwest', 'southeast', 'southwest', 'upper', 'lower', 'greater', 'inner', 'outer', 'mid',
]);


/** Given names that are also everyday words and that the lexicon lists only as words ("Bill Nelson", "Grant Shapps"). */
export const GIVEN_WORDS = new Set([
  'bill', 'will', 'frank', 'grant', 'hunter', 'chase', 'dean', 'drew', 'ray', 'rose', 'grace', 'hope',
  'joy', 'pat', 'jean', 'june', 'mark', 'rich', 'jack', 'max', 'sky', 'gene', 'glen', 'lance', 'miles',
  'penny', 'rusty', 'summer', 'dawn', 'faith', 'ivy', 'holly', 'iris', 'pearl', 'ruby', 'sandy', 'wade',
]);

/** Words of holidays and observances ("Yom Kippur", "Lunar New Year"): never a person, place or organisation. */
export const HOLIDAY_WORDS = new Set([
  'christmas', 'easter', 'hanukkah', 'chanukah', 'passover', 'pesach', 'ramadan', 'eid', 'diwali', 'kwanzaa',
  'thanksgiving', 'juneteenth', 'kippur', 'hashanah', 'purim', 'sukkot', 'shavuot', 'nidre', 'nowruz', 'holi',
  'vesak', 'halloween', 'lent', 'pentecost', 'mawlid', 'navratri', 'chuseok', 'seollal', 'tet', 'ashura',
]);
