// The `stopword` package ships no type declarations; this covers the one list we read.
declare module 'stopword' {
  /** English stop words, lowercase. */
  export const eng: readonly string[];
}
