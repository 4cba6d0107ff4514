import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseSources, Source } from './source.ts';

/** Reads and validates the sources file (synchronously: it is small and read rarely). */
export function readSourcesFile(path: string): Source[] {
  return parseSources(JSON.parse(readFileSync(path, 'utf8')), path);
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
