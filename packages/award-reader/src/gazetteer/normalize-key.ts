// the reader folds the same few thousand names again and again (every candidate, every alias)
const folded = new Map<string, string>();
const CacheSize = 8192;

/** Folds a name to a lookup key: lower case, punctuation to spaces, single spaces. */
export function normalizeKey(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) {
    return known;
  }
  const key = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/'/g, '')
    .trim()
    .replace(/\s+/g, ' ');
  if (folded.size >= CacheSize) {
    folded.clear();
  }
  folded.set(text, key);
  return key;
}
