// A congratulation advert ("SELAMAT DAN SUKSES / Kepada / Pemerintah Kota X / Atas diraihnya /
// Juara III Paritrana Award 2025 / Tingkat Provinsi Y") sets its one sentence out on short lines.

const OPENS = /^\s*(?:selamat\s+(?:dan|&)\s+sukses\s*)?(?:kepada|untuk)\s*:?\s*$/i;
const GREETING = /^\s*selamat\s+(?:dan|&)\s+sukses\s*!?\s*$/i;
// ("kepada Pemerintah Kota Batu / Juara III Paritrana Award 2026 / … / dan kepada Pemerintah Desa
// Tulungrejo / Juara I …": each winner's line opens its own sentence, its prize on the lines under)
const OPENS_NAMED = /^\s*(?:dan\s+)?(?:kepada|untuk)\s+\p{Lu}/u;
const PRIZE = /^\s*(?:atas\b|juara\b|terbaik\b|peringkat\b)/i;
// lines that follow the sentence: the wish, the sender, the advert's small print
const CLOSES = /^\s*(?:semoga|dari\b|iklan|keluarga\s+besar|ttd|hormat\s+kami|["“])/i;
const MaxLines = 10;
const MaxLine = 120;

/**
 * Joins the lines of a congratulation advert's sentence into one line, from its greeting or
 * "Kepada" through the prize ("… atas diraihnya …"), writing each line break as a space so that
 * every offset into the text stays true. Text without such an advert is returned as it is.
 */
export function joinAdvertLines(text: string): string {
  const lines = text.split('\n');
  let out = text;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const starts = offset;
    offset += line.length + 1;
    const named = OPENS_NAMED.test(line) && line.length <= MaxLine;
    if (!GREETING.test(line) && !OPENS.test(line) && !named) {
      continue;
    }
    // the block: this line and the short unpunctuated lines after it (blank lines inside it)
    let end = i;
    let said = false;
    for (let j = i + 1; j < lines.length && j <= i + MaxLines; j++) {
      const next = lines[j] ?? '';
      if (next.trim() === '') {
        // (a winner's own lines end at a blank line, once its prize is said)
        if (named && said) {
          break;
        }
        continue;
      }
      if (CLOSES.test(next) || next.length > MaxLine || OPENS_NAMED.test(next)) {
        break;
      }
      end = j;
      // (or a banner's prize line under its greeting and name: "SELAMAT & SUKSES / KOTA
      // BALIKPAPAN / JUARA I PARITRANA AWARD 2025")
      said ||= /\batas\b/i.test(next) || ((named || j > i + 1) && PRIZE.test(next));
      if (/[.!?]\s*$/.test(next)) {
        break;
      }
    }
    if (!said || end === i) {
      continue;
    }
    const length = lines.slice(i, end + 1).join('\n').length;
    const block = out.slice(starts, starts + length).replace(/\n/g, ' ');
    out = out.slice(0, starts) + block + out.slice(starts + length);
  }
  return out;
}
