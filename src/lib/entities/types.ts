/** Types of the entity layer that the shared `src/lib/types.ts` does not need to know. */
import type { Entity, EntityMention, EntityType } from '../types';

/** How strictly an alias must match the case of the text. */
export type AliasCase =
  /** Same letters and case, dots ignored: "US" matches "US" and "U.S.", never "us". */
  | 'exact'
  /** Words capitalised in the alias must be capitalised in the text: "Turkey", "TURKEY", not "turkey". */
  | 'capitalised'
  /** Any case: lowercase phrases such as "the seven major countries". */
  | 'any';

/** Context in which a registered name means something else ("Chad Smith", "Atlanta, Georgia"). */
export interface AmbiguityRule {
  /** Reject when the name runs on into a capitalised word or follows a given name, as names of people do. */
  personName?: boolean;
  /** Reject right after these words (lowercase keys; a comma in between is skipped). */
  notAfter?: readonly string[];
  /** Reject right after these words, also with "the" between ("at the White House", "to White House"). */
  notAfterWithThe?: readonly string[];
  /** Reject right after a capitalised word other than these (lowercase keys), unless it only opens the sentence: "Hamilton House" and "Opera House" are buildings, "MAGA House Republicans" the chamber. */
  notAfterCapitalisedExcept?: readonly string[];
  /** Reject right before these words (lowercase keys). */
  notBefore?: readonly string[];
  /**
   * Reject where the name runs on into a capitalised word other than these ("House Republicans"
   * is the chamber, "House Judiciary Committee" one of its committees).
   */
  runsOnOnlyInto?: readonly string[];
  /** Reject in articles containing any of these words (lowercase keys)… */
  notInArticlesWith?: readonly string[];
  /** …unless the article also contains one of these. */
  unless?: readonly string[];
  /** Reject after "Town," (a capitalised word and a comma: "Dalton, Georgia"), unless an `unless` word is in the article. */
  notAfterTownComma?: boolean;
  /** One sense per article: once a mention is rejected, every mention in the article is (unless an `unless` word is there). */
  oneSensePerArticle?: boolean;
  /**
   * Reject right after the name or demonym of a place other than this entity id ("Japan Coast Guard",
   * "Israel's Supreme Court" are not the United States' institutions).
   */
  notAfterPlaceOtherThan?: string;
  /** Reject inside an office's title: "Secretary of the Treasury", "Commerce Secretary" name a person's post, not the department. */
  notInTitle?: boolean;
  /** Reject unless after "Town," ("Spokane, Washington"): a bare name that only a place before it settles. */
  onlyAfterTownComma?: boolean;
  /**
   * Count only in articles whose headline names it, or where the copy has it act (`actingBefore`,
   * `subjectBefore`): a seat of government the copy names on nearly every page as a venue ("at the
   * White House") is a subject only there.
   */
  onlyWhereHeadlineNames?: boolean;
  /** With `onlyWhereHeadlineNames`, count also where the copy writes the name before one of these lowercase words: its people acting ("White House officials discussed …"). */
  actingBefore?: readonly string[];
  /** With `onlyWhereHeadlineNames`, count also where "the" and the name open a clause before one of these verbs, and a verb of its own follows an auxiliary ("the White House released …", "… is hosting …"; see body-acting.ts). */
  subjectBefore?: readonly string[];
}

/** Matching hints for one entity, kept beside the plain `Entity` data. */
export interface MatchHints {
  /** Aliases that must match exactly as written (accents and case). */
  exact?: readonly string[];
  rule?: AmbiguityRule;
  /** Aliases that are demonyms ("French", "Russians"): they count only where they modify a state actor. */
  demonyms?: readonly string[];
  /** Short forms ("Treasury", "the Senate") that need more context than the full name; their rule adds to `rule`. */
  short?: { names: readonly string[]; rule: AmbiguityRule };
  /** A place inside a country (the capital's district): where a national institution's home is weighed, its mentions count for that country (entity id). */
  within?: string;
  /** A sea, a strait or a region of several states ("Middle East", "Indo-Pacific"): no state's, so naming it leads no country's institutions. */
  stateless?: boolean;
  /** A national institution: which country it belongs to, and how its names say so. */
  home?: {
    /** The country's entity id. */
    country: string;
    /** Names as generic as "Supreme Court" or "Senate": they count only where the country leads the article. */
    generic: readonly string[];
  };
}

/** A gazetteer: entities, their matching hints, and phrases that block wrong matches. */
export interface Gazetteer {
  entities: Entity[];
  hints: ReadonlyMap<string, MatchHints>;
  /** Phrases that contain a registered name but mean something else ("New Jersey", "Indian Ocean"). */
  blockers: readonly string[];
  /** The country whose institutions copy that names no country means ("the Senate"): the gazetteer's own. */
  home?: string;
}

/** One registered name found in the text. */
export interface NameMatch {
  id: string;
  /** Character offsets of the matched text. */
  start: number;
  end: number;
  /** Token indices [from, to). */
  from: number;
  to: number;
  /** Found through a short form (surname) that only counts next to the full name or a title. */
  conditional: boolean;
}

/** Kinds of names found outside the registry. */
export type CandidateType = Extract<EntityType, 'person' | 'organization' | 'place'>;

/** A person, organisation or place named in one article but not in the registry. */
export interface UnregisteredCandidate {
  /** Slug of the full name. */
  id: string;
  /** The fullest form used in the article ("Antony Blinken"). */
  name: string;
  type: CandidateType;
  /** Mentions, short forms included ("Blinken", "Secretary Blinken"). */
  count: number;
  /** Offset of the first mention in `title + "\n" + summary + "\n" + body`. */
  first: number;
  inTitle: boolean;
  inSummary: boolean;
  /** Named in the lead paragraph. */
  inLead: boolean;
  /** A person introduced in full with a title ("Defence Minister Sergei Shoigu") or as a speaker ("Jensen Huang said"); an organisation given with its initials in brackets ("Japan Meteorological Agency (JMA)"). */
  introduced: boolean;
  /** A person named by one word right after a one-holder title or a style ("President Eisenhower", "Lady Gaga"); see `isStyledAlone`. */
  styledAlone: boolean;
  /** Places where a person-shaped name is written where only a body goes: listed with organisations, after "member of" or "at" (`isWrittenAsBody`). */
  bodyPlaces: number;
  /** Places where a person-shaped name is written where only a place goes: after "returned to" or "visited", or before "in" and a registered place (`isWrittenAsPlace`). */
  placeSpots: number;
  /** For a code of capitals and digits ("I2U2"): mentions written before the word for a group's members ("I2U2 countries"; `isBeforeMemberWord`). */
  memberSpots: number;
  /** Other forms seen in the article ("Blinken", "KCNA"). */
  variants: string[];
}

/** The text fields of one article. */
export interface ArticleText {
  title: string;
  summary?: string | undefined;
  body: string;
  /** Stretches of `body` set in bold, as [start, end) offsets. */
  bold?: ReadonlyArray<readonly [number, number]> | undefined;
}

/** Everything detection finds in one article. */
export interface EntityAnalysis {
  /** Registered entities, most salient first. */
  mentions: EntityMention[];
  /** Names not in the registry, most mentioned first. */
  unregistered: UnregisteredCandidate[];
  /** Every accepted registered match, in text order (offsets as in `mentions`). */
  matches: NameMatch[];
  /** Where the body starts in the combined text. */
  bodyOffset: number;
}
