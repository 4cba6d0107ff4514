// The image's entry: merge the default sources into the operator's file, then run $SERVICE's main.
import { existsSync } from 'node:fs';
import { mergeSourcesFile } from './merge-sources.ts';

const services = ['crawler', 'classifier', 'extractor', 'api'];
const service = process.argv[2] ?? process.env.SERVICE ?? '';
if (!services.includes(service)) {
  console.error(`SERVICE must be one of ${services.join(', ')} (got "${service}")`);
  process.exit(2);
}
const defaults = process.env.DEFAULT_SOURCES_FILE;
const target = process.env.SOURCES_FILE;
if ((service === 'crawler' || service === 'api') && defaults && target && existsSync(defaults)) {
  try {
    const r = mergeSourcesFile(defaults, target);
    console.log(
      JSON.stringify({
        level: 30,
        msg: 'default sources merged',
        file: target,
        ...r,
        kept: r.kept.length,
      }),
    );
  } catch (err) {
    // the service itself reports a bad sources file; do not keep it from starting
    console.error(
      JSON.stringify({ level: 40, msg: 'default sources not merged', err: String(err) }),
    );
  }
}
await import(`../../services/${service}/src/main.ts`);
