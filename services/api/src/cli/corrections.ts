import { Corrections } from '@pw/domain';

const numeric = new Set(['rank', 'editionYear']);

/** `--set field=value` pairs as a validated Corrections object (`null` clears a field). */
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
  return parsed.data;
}
