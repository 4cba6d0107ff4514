import { NAME_STOP } from './word-lists.ts';

// "Semen Padang, PT", "Vale Indonesia, Tbk, PT": a register's order, legal form last
const TRAILING =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}&.-]*\s+){0,5}\p{Lu}[\p{L}&.-]*)(,\s*Tbk\.?)?,\s*(PT|CV|UD)(?![\p{L}])(\s+[\p{L}]+)?/gu;

/**
 * Writes a company name whose legal form comes last the usual way ("Semen Padang, PT kembali" →
 * "PT Semen Padang kembali"). "Bank A, PT Maju Jaya" is a list and stays: a name follows the form.
 */
export function frontLegalForm(s: string): string {
  return s.replace(TRAILING, (all, name: string, tbk?: string, form?: string, next?: string) => {
    const word = next?.trim() ?? '';
    if (/^\p{Lu}/u.test(word) && !NAME_STOP.has(word.toLowerCase())) {
      return all;
    }
    return `${form ?? 'PT'} ${name}${tbk ? ' Tbk' : ''}${next ?? ''}`;
  });
}

// "Usaha Dagang (UD) Sumber Rejeki", "Perseroan Terbatas (PT) Maju": a legal form written out,
// its short form after it in parentheses, then the name ("Koperasi Unit Desa (KUD) X" is read as
// written: "Koperasi" marks the name, and the short form is remembered for "KUD tersebut")
const SPELLED_FORM = /\b((?:\p{Lu}\p{Ll}+\s+){2,3})\((UD|PT|CV)\)\s+(?=\p{Lu})/gu;

/**
 * The sentence with a legal form written out before its short form ("Usaha Dagang (UD) X")
 * written short ("UD X"), when the short form is made of the words' initials.
 */
export function shortLegalForm(s: string): string {
  return s.replace(SPELLED_FORM, (all, words: string, short: string) => {
    const initials = words
      .trim()
      .split(/\s+/)
      .map((w) => w[0])
      .join('')
      .toLowerCase();
    return short.toLowerCase().startsWith(initials) ? `${short} ` : all;
  });
}
