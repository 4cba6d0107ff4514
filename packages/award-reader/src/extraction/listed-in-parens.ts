// "tiga perusahaan (PT A, PT B dan PT C) meraih …": the winners are the names in parentheses
const GROUP_PARENS =
  /(?<![\p{L}])(?:dua|tiga|empat|lima|enam|tujuh|\d{1,2})\s+(?:perusahaan|badan usaha|desa|kabupaten\/kota|kabupaten|kota|daerah|rumah sakit|umkm|pelaku usaha)\s+\(([^()]{5,240})\)(?=\s+(\p{L}))/giu;

/** Replaces a counted group noun by the names listed after it in parentheses. */
export function unwrapListedGroup(s: string): string {
  return s.replace(GROUP_PARENS, (all, names: string, next: string) =>
    /^\p{Ll}/u.test(next) && /,|\sdan\s/.test(names) ? names : all,
  );
}
