import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseSources, Source, SourcesFileError } from './source.ts';

/**
 * Reads and validates the sources file (synchronously: it is small and read rarely). Throws a
 * SourcesFileError (code `sources.invalid`) listing the bad entries, or why it cannot be read.
 */
export function readSourcesFile(path: string): Source[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new SourcesFileError(`cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  return parseSources(data, path);
}

/**
 * Adds or replaces one source and writes the file atomically (temp file + rename), so the
 * crawler, which re-reads the file when its mtime changes, never sees half a file.
 */
export function saveSource(path: string, source: Source): { created: boolean } {
  const valid = Source.parse(source);
  const sources = readSourcesFile(path);
  const at = sources.findIndex((s) => s.id === valid.id);
  if (at >= 0) {
    sources[at] = valid;
  } else {
    sources.push(valid);
  }
  parseSources({ sources }, path);
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify({ sources }, null, 2)}\n`);
  renameSync(tmp, path);
  return { created: at < 0 };
}
