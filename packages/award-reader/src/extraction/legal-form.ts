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
