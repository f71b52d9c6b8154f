/** The English names of months and weekdays, lower case, as wire copy writes them in full and abbreviated. */

/** Month names in full, January first. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month abbreviations ("Sept." as well as "Sep."); May has none. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Weekday names in full, Monday first. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Weekday abbreviations ("Tues." and "Thurs." as well as "Tue." and "Thu."). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];
