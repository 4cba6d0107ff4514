import { Corrections } from '@pw/domain';
import { ReviewError } from '@pw/storage';
import { checkCorrections } from '../routes/gazetteer.ts';

const numeric = new Set(['rank', 'editionYear']);

/**
 * `--set field=value` pairs as a validated Corrections object (`null` clears a field). Places
 * are checked against the gazetteer and written as records write them (`province=Jatim` →
 * `Jawa Timur`); the server checks again against the record itself.
 */
export function parseCorrections(pairs: Record<string, string>): Corrections {
  const raw: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(pairs)) {
    raw[field] = value === 'null' ? null : numeric.has(field) ? Number(value) : value;
  }
  const parsed = Corrections.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.join('.');
    throw new Error(`--set${where ? ` ${where}` : ''}: ${first?.message ?? 'invalid'}`);
  }
  try {
    return checkCorrections(parsed.data);
  } catch (err) {
    if (err instanceof ReviewError) {
      throw new Error(`--set ${err.message.replace(/^corrections\./, '')}`);
    }
    throw err;
  }
}
