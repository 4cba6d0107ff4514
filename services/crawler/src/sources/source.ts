import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** How a source lists its articles. */
export const SourceKind = {
  Rss: 'rss',
  Atom: 'atom',
  Sitemap: 'sitemap',
  Search: 'search',
} as const;
export type SourceKind = (typeof SourceKind)[keyof typeof SourceKind];

/** Whether the source's feed URL is known or still has to be found (cli/discover-feeds.ts). */
export const FeedStatus = { Known: 'known', NeedsDiscovery: 'needs-discovery' } as const;
export type FeedStatus = (typeof FeedStatus)[keyof typeof FeedStatus];

/** The sources file shipped with the crawler. */
export const DefaultSourcesPath = fileURLToPath(new URL('../../sources.json', import.meta.url));

const domain = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The fields of a source, before the rules that tie them together. */
export const SourceFields = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  name: z.string().min(1),
  /** The outlet's domain; null for search engines that list many outlets. */
  outlet: z.string().regex(domain, 'a lower-case domain name').nullable(),
  province: z.string().min(1).nullable(),
  kind: z.enum(SourceKind),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  pollIntervalMinutes: z
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60),
  enabled: z.boolean(),
  feedStatus: z.enum(FeedStatus),
});

/** One place the crawler polls: an outlet's feed or a news search. */
export const Source = SourceFields.refine((s) => !s.enabled || s.url !== null, {
  message: 'an enabled source needs a url',
}).refine((s) => (s.url === null) === (s.feedStatus === FeedStatus.NeedsDiscovery), {
  message: "feedStatus is 'needs-discovery' exactly when url is null",
});
export type Source = z.infer<typeof Source>;

/** The sources file: `{ "sources": [...] }` with unique ids. */
export const SourcesFile = z.object({ sources: z.array(Source) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.sources.forEach((source, index) => {
    if (seen.has(source.id)) {
      ctx.addIssue({ code: 'custom', path: ['sources', index, 'id'], message: 'duplicate id' });
    }
    seen.add(source.id);
  });
});

/** A sources file that cannot be used; the message lists every bad entry. */
export class SourcesFileError extends Error {
  readonly code = 'sources.invalid';
  readonly retryable = false;
  /** One line per bad entry ('sources[3] (antara).url: …'), or why the file could not be read. */
  readonly problems: string[];
  constructor(message: string, options: { cause?: unknown; problems?: string[] } = {}) {
    super(message, { cause: options.cause });
    this.name = 'SourcesFileError';
    this.problems = options.problems ?? [message];
  }
}

function describeIssues(error: z.ZodError, data: unknown): string {
  const list = (data as { sources?: Array<{ id?: unknown }> } | null)?.sources;
  return error.issues
    .map((issue) => {
      const [, index, ...rest] = issue.path;
      const id = typeof index === 'number' ? list?.[index]?.id : undefined;
      const where =
        typeof index === 'number'
          ? `sources[${index}]${typeof id === 'string' ? ` (${id})` : ''}${rest.length > 0 ? `.${rest.join('.')}` : ''}`
          : issue.path.join('.') || '(file)';
      return `  ${where}: ${issue.message}`;
    })
    .join('\n');
}

function duplicateLines(data: unknown): string[] {
  const list = (data as { sources?: unknown } | null)?.sources;
  const seen = new Set<unknown>();
  const lines: string[] = [];
  (Array.isArray(list) ? (list as Array<{ id?: unknown } | null>) : []).forEach((entry, index) => {
    const id = entry?.id;
    if (typeof id === 'string' && seen.has(id)) {
      lines.push(`  sources[${index}] (${id}).id: duplicate id`);
    }
    seen.add(id);
  });
  return lines;
}

/** Validates parsed JSON as a sources file. */
export function parseSources(data: unknown, origin = 'sources'): Source[] {
  const result = SourcesFile.safeParse(data);
  if (!result.success) {
    // zod skips the duplicate-id check while entries are invalid: report duplicates anyway
    const lines = describeIssues(result.error, data);
    const duplicates = duplicateLines(data).filter((line) => !lines.includes(line));
    throw new SourcesFileError(`invalid ${origin}:\n${[lines, ...duplicates].join('\n')}`, {
      problems: [...lines.split('\n'), ...duplicates].map((l) => l.trim()).filter(Boolean),
    });
  }
  return result.data.sources;
}

/** Reads, parses and validates a sources file (default: services/crawler/sources.json). */
export async function loadSources(path: string = DefaultSourcesPath): Promise<Source[]> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (cause) {
    throw new SourcesFileError(`cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  return parseSources(data, path);
}
