import { capitalise } from './pseudo-words.ts';
import { randomInt, type Random } from './prng.ts';
import { createZipf } from './zipf.ts';

// English function words, most frequent first; real prose is about 40–50 % of these, so the
// stop-word path of any text pipeline does real work on synthetic articles too.
const FUNCTION_WORDS = (
  'the of and to a in that is for on was with he it as at by from his be have has said not are this but ' +
  'were they an which had its will their after also who been would or more about than over into could ' +
  'when there she her them all some what up out new one two while before since under'
).split(' ');

const SHARE_FUNCTION = 0.42;
const SHARE_TOPIC = 0.33;
const SHARE_INFLECTED = 0.08;
const INFLECTIONS = ['s', 'ed', 'ing', 'ly'];

/** What one article's words are drawn from: its topic's and story's vocabularies. */
export interface WordSources {
  topicWords: readonly string[];
  storyWords: readonly string[];
}

/** Makes sentences from a Zipf vocabulary, a topic vocabulary and, for stories, story words. */
export class TextMaker {
  private readonly drawWord: (random: Random) => number;
  private readonly drawFunction = createZipf(FUNCTION_WORDS.length, 0.9);
  private readonly drawTopic = createZipf(64, 0.8);

  constructor(
    private readonly vocabulary: readonly string[],
    private readonly random: Random,
  ) {
    this.drawWord = createZipf(vocabulary.length, 1.0);
  }

  /** A word of the Zipf vocabulary, skipping the `skip` most frequent ones. */
  vocabularyWord(skip = 0): string {
    const rank = Math.min(this.vocabulary.length - 1, this.drawWord(this.random) + skip);
    return this.vocabulary[rank] ?? 'word';
  }

  /** One word of running text. */
  word(sources: WordSources): string {
    const r = this.random();
    if (r < SHARE_FUNCTION) return FUNCTION_WORDS[this.drawFunction(this.random)] ?? 'the';
    let word: string;
    if (r < SHARE_FUNCTION + SHARE_TOPIC) {
      const story = sources.storyWords.length > 0 && this.random() < 0.3;
      const list = story ? sources.storyWords : sources.topicWords;
      word = list[this.drawTopic(this.random) % list.length] ?? 'word';
    } else word = this.vocabularyWord();
    if (this.random() < SHARE_INFLECTED) word += INFLECTIONS[Math.floor(this.random() * INFLECTIONS.length)];
    return word;
  }

  /**
   * A sentence of `min`–`max` words with `names` woven in at random places, capitalised, with a full
   * stop. Names never touch each other or the capitalised first word, which would read as one longer name.
   */
  sentence(sources: WordSources, min: number, max: number, names: readonly string[] = []): string {
    const words: string[] = [];
    const length = randomInt(this.random, min, max);
    for (let i = 0; i < length; i++) words.push(this.word(sources));
    // Slot k puts a name before word k: slot 0 opens the sentence, slot 1 would follow the capital.
    const free = [0, ...Array.from({ length: length - 1 }, (_, k) => k + 2)];
    const chosen = new Map<number, string>();
    const extra: string[] = [];
    for (const name of names) {
      const slot = free.splice(randomInt(this.random, 0, free.length - 1), 1)[0];
      if (slot === undefined) extra.push('and', name);
      else chosen.set(slot, name);
    }
    const out: string[] = [];
    for (let k = 0; k <= length; k++) {
      const name = chosen.get(k);
      if (name) out.push(name);
      if (k < length) out.push(words[k] ?? '');
    }
    out.push(...extra);
    out[0] = capitalise(out[0] ?? '');
    return `${out.join(' ')}.`;
  }

  /** A headline: `min`–`max` words, capitalised, no full stop, with `names` in it. */
  headline(sources: WordSources, min: number, max: number, names: readonly string[]): string {
    return this.sentence(sources, min, max, names).slice(0, -1);
  }
}
