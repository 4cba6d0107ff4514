import { readFileSync, statSync } from 'node:fs';
import type { Logger } from '@pw/runtime';
import { parseSources, type Source } from './sources/source.ts';

/** The sources file, loaded and re-loaded when it changes on disk. */
export interface SourceRegistry {
  get: (id: string) => Source | undefined;
  list: () => Source[];
  /** Re-reads the file when its mtime changed; says whether anything was reloaded. */
  refresh: () => boolean;
}

/**
 * Reads the sources file once, and again whenever `refresh()` sees a newer mtime. A file that
 * stops validating is logged and ignored: the crawler keeps the last good list.
 */
export function createSourceRegistry(path: string, logger: Logger): SourceRegistry {
  let sources = new Map<string, Source>();
  let mtimeMs = -1;
  const refresh = (): boolean => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs === mtimeMs) {
      return false;
    }
    try {
      const parsed = parseSources(JSON.parse(readFileSync(path, 'utf8')), path);
      sources = new Map(parsed.map((s) => [s.id, s]));
      mtimeMs = stat.mtimeMs;
      logger.info({ path, sources: sources.size }, 'sources loaded');
      return true;
    } catch (err) {
      mtimeMs = stat.mtimeMs;
      logger.error({ err, path }, 'sources file rejected, keeping the last good list');
      return false;
    }
  };
  refresh();
  if (mtimeMs < 0) {
    throw new Error(`sources file not found: ${path}`);
  }
  return { get: (id) => sources.get(id), list: () => [...sources.values()], refresh };
}
