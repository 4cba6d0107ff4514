/** Escapes `&` that does not start an entity, as real feeds' titles often carry. */
export function escapeRawAmpersands(xml: string): { xml: string; count: number } {
  let count = 0;
  const fixed = xml.replace(/&(?!(?:#\d+|#x[\da-f]+|[a-z][\w.-]*);)/gi, () => {
    count += 1;
    return '&amp;';
  });
  return { xml: fixed, count };
}

const closers: Array<{ root: RegExp; item: string; close: string }> = [
  { root: /<rss[\s>]/i, item: '</item>', close: '</channel></rss>' },
  { root: /<rdf:RDF[\s>]/i, item: '</item>', close: '</rdf:RDF>' },
  { root: /<feed[\s>]/i, item: '</entry>', close: '</feed>' },
];

/** Cuts a body that stops mid-item back to its last complete item and closes the document. */
export function closeTruncatedFeed(xml: string): { xml: string; cut: boolean } {
  const trimmed = xml.trimEnd();
  if (/<\/(rss|feed|rdf:RDF)>$/i.test(trimmed)) {
    return { xml, cut: false };
  }
  const shape = closers.find((c) => c.root.test(trimmed));
  if (shape === undefined) {
    return { xml, cut: false };
  }
  const end = trimmed.toLowerCase().lastIndexOf(shape.item);
  if (end < 0) {
    return { xml, cut: false };
  }
  return { xml: trimmed.slice(0, end + shape.item.length) + shape.close, cut: true };
}

/** The raw `<item>` / `<entry>` blocks of a feed, for parsing one at a time. */
export function splitItems(xml: string): { head: string; items: string[]; tail: string } {
  const pattern = /<(item|entry)[\s>][\s\S]*?<\/\1>/gi;
  const items = [...xml.matchAll(pattern)].map((m) => m[0]);
  const first = xml.search(/<(item|entry)[\s>]/i);
  const head = first < 0 ? xml : xml.slice(0, first);
  const tail = closers.find((c) => c.root.test(head))?.close ?? '';
  return { head, items, tail };
}

/** How many items the raw text announces (for reporting what was lost). */
export function countRawItems(xml: string): number {
  return (xml.match(/<(item|entry)[\s>]/gi) ?? []).length;
}
