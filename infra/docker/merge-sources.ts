// Brings the image's default sources into the operator's sources file (on a volume) at start,
// without undoing the operator's edits: a three-way merge by id against the defaults merged last
// time (kept beside the file as `.defaults.json`).
//   node infra/docker/merge-sources.ts DEFAULTS_FILE SOURCES_FILE
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';

/** A sources file: entries with an id; every other field is kept as it is. */
const SourcesFile = z.looseObject({
  sources: z.array(z.looseObject({ id: z.string().min(1) })),
});
type SourcesFile = z.infer<typeof SourcesFile>;
type Entry = SourcesFile['sources'][number];

/** What the merge did, for the start-up log. */
export interface MergeReport {
  added: string[];
  updated: string[];
  kept: string[];
}

/**
 * The operator's file with the new defaults merged in:
 * - a default the operator has never seen is added;
 * - a default the operator left as it was shipped takes the new version;
 * - an entry the operator changed, and a default the operator deleted, stay as the operator left them.
 */
export function mergeSources(
  current: SourcesFile,
  defaults: SourcesFile,
  previous: SourcesFile | null,
): { merged: SourcesFile; report: MergeReport } {
  const before = new Map<string, Entry>((previous?.sources ?? []).map((s) => [s.id, s]));
  const mine = new Map<string, Entry>(current.sources.map((s) => [s.id, s]));
  const report: MergeReport = { added: [], updated: [], kept: [] };
  const sources = current.sources.map((entry) => {
    const shipped = defaults.sources.find((d) => d.id === entry.id);
    const last = before.get(entry.id);
    if (!shipped || isDeepStrictEqual(shipped, entry)) {
      return entry;
    }
    if (last && isDeepStrictEqual(last, entry)) {
      report.updated.push(entry.id);
      return shipped;
    }
    report.kept.push(entry.id);
    return entry;
  });
  for (const d of defaults.sources) {
    if (!mine.has(d.id) && !before.has(d.id)) {
      sources.push(d);
      report.added.push(d.id);
    }
  }
  return { merged: { ...current, sources }, report };
}

const read = (path: string): SourcesFile =>
  SourcesFile.parse(JSON.parse(readFileSync(path, 'utf8')));

const writeAtomically = (path: string, value: unknown) => {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
};

/** Merges DEFAULTS into the sources file at `target` (created from the defaults when missing). */
export function mergeSourcesFile(defaultsPath: string, target: string): MergeReport {
  const defaults = read(defaultsPath);
  const previousPath = join(dirname(target), '.defaults.json');
  if (!existsSync(target)) {
    writeAtomically(target, defaults);
    writeAtomically(previousPath, defaults);
    return { added: defaults.sources.map((s) => s.id), updated: [], kept: [] };
  }
  const previous = existsSync(previousPath) ? read(previousPath) : null;
  const { merged, report } = mergeSources(read(target), defaults, previous);
  if (report.added.length > 0 || report.updated.length > 0) {
    writeAtomically(target, merged);
  }
  writeAtomically(previousPath, defaults);
  return report;
}

if (import.meta.main) {
  const [defaultsPath, target] = process.argv.slice(2);
  if (!defaultsPath || !target) {
    console.error('usage: merge-sources DEFAULTS_FILE SOURCES_FILE');
    process.exit(2);
  }
  const r = mergeSourcesFile(defaultsPath, target);
  console.log(JSON.stringify({ msg: 'sources merged', file: target, ...r, kept: r.kept.length }));
}
