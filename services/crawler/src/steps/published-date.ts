// every spelling seen in Indonesian outlets, by month number
const monthNames = [
  'januari jan',
  'februari pebruari feb',
  'maret mar',
  'april apr',
  'mei may',
  'juni jun',
  'juli jul',
  'agustus agu agt ags aug',
  'september sept sep',
  'oktober okt oct',
  'november nopember nov',
  'desember des dec',
];
const months = new Map(
  monthNames.flatMap((names, i) => names.split(' ').map((name) => [name, i + 1] as const)),
);
const zones: Record<string, string> = { wib: '+07:00', wita: '+08:00', wit: '+09:00' };
// A page that names no zone is read as Western Indonesian Time, where most outlets publish.
const defaultZone = '+07:00';

const wordDate = new RegExp(
  String.raw`(\d{1,2})\s+(${[...months.keys()].sort((a, b) => b.length - a.length).join('|')})\.?\s+(\d{4})` +
    String.raw`(?:[\s,|/-]+(?:pukul|jam)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(WIB|WITA|WIT)?)?`,
  'i',
);
const numericDate = new RegExp(
  String.raw`\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})` +
    String.raw`(?:[\s,|-]+(?:pukul|jam)?\s*(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?\s*(WIB|WITA|WIT)?)?`,
  'i',
);

const pad = (n: number | string) => String(n).padStart(2, '0');

function build(
  y: string,
  m: number,
  d: string,
  h?: string,
  min?: string,
  zone?: string,
): Date | null {
  if (m < 1 || m > 12 || Number(d) < 1 || Number(d) > 31) {
    return null;
  }
  const tz = zones[zone?.toLowerCase() ?? ''] ?? defaultZone;
  const date = new Date(`${y}-${pad(m)}-${pad(d)}T${pad(h ?? 0)}:${pad(min ?? 0)}:00${tz}`);
  return plausible(date);
}

function plausible(date: Date): Date | null {
  const t = date.getTime();
  return Number.isNaN(t) || date.getUTCFullYear() < 1990 || t > Date.now() + 2 * 86_400_000
    ? null
    : date;
}

/** Parses an Indonesian date written in words or as dd/mm/yyyy, e.g. "Selasa, 29 Juli 2025 14:05 WIB". */
export function parseIndonesianDate(text: string): Date | null {
  const w = wordDate.exec(text);
  if (w !== null) {
    const [, d = '', month = '', y = '', h, min, zone] = w;
    return build(y, months.get(month.toLowerCase()) ?? 0, d, h, min, zone);
  }
  const n = numericDate.exec(text);
  if (n !== null) {
    const [, d = '', m = '', y = '', h, min, zone] = n;
    return build(y, Number(m), d, h, min, zone);
  }
  return null;
}

/** Parses a machine date (ISO 8601, RFC 2822); a date-time without a zone is read as WIB. */
export function parseMachineDate(value: string | null | undefined): Date | null {
  const text = value?.trim() ?? '';
  if (text === '') {
    return null;
  }
  const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?)?$/.exec(text);
  if (local !== null) {
    return plausible(new Date(`${local[1]}T${local[2] ?? '00:00'}${defaultZone}`));
  }
  return plausible(new Date(text)) ?? parseIndonesianDate(text);
}
