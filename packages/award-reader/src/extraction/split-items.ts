/** A piece of a sentence between list separators (commas, "dan", "serta", semicolons). */
export interface Item {
  text: string;
  start: number;
  end: number;
}

// "(" opens a list when a rank follows: "Kategori Pemda (terbaik 3 A, terbaik 2 B)".
const SEPARATOR =
  /\s*[,;]\s*|\s+(?:dan|serta|san)\s+|\s*\((?=\s*(?:terbaik|juara|peringkat)\s+[^\s)]+\s+(?-i:\p{Lu}))|\)\s*(?=[,;]|$)|\s+(?=(?:disusul|diikuti|lalu)\s)/giu;

/** Splits a sentence into list items, keeping "juara 2 dan 3" together. */
export function splitItems(s: string): Item[] {
  const items: Item[] = [];
  let from = 0;
  for (const m of s.matchAll(SEPARATOR)) {
    const before = s.slice(0, m.index);
    if (
      /\b(?:juara|terbaik|peringkat)\s+\S+$/i.test(before) &&
      /^\s+dan\s+(?:\d|[IV]+\b|ke)/i.test(s.slice(m.index))
    ) {
      continue;
    }
    push(items, s, from, m.index);
    from = m.index + m[0].length;
  }
  push(items, s, from, s.length);
  return items;
}

function push(items: Item[], s: string, start: number, end: number): void {
  const text = s.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (body) {
    items.push({ text: body, start: start + lead, end: start + lead + body.length });
  }
}
