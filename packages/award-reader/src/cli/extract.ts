// `pnpm --silent extract [file]`: JSON lines {"id","url","outlet","text"} in, one prediction per line out.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { ArticleText } from '../types.ts';
import { readArticle } from '../read-article.ts';
import { toPrediction } from '../to-prediction.ts';

// `pnpm --silent extract | head`: a reader that goes away ends the output, not with a stack trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') {
    throw err;
  }
  process.exit(0);
});

const file = process.argv[2];
const input = file ? createReadStream(file, 'utf8') : process.stdin;
let lineNo = 0;
let bad = 0;
for await (const line of createInterface({ input, crlfDelay: Infinity })) {
  lineNo++;
  if (!line.trim()) {
    continue;
  }
  let parsed;
  try {
    parsed = ArticleText.safeParse(JSON.parse(line));
  } catch (err) {
    bad++;
    console.error(`line ${lineNo}: not JSON: ${(err as Error).message}`);
    continue;
  }
  if (!parsed.success) {
    bad++;
    console.error(
      `line ${lineNo}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
    continue;
  }
  const article = { ...parsed.data, id: String(parsed.data.id) };
  process.stdout.write(JSON.stringify(toPrediction(article.id, readArticle(article))) + '\n');
}
if (bad > 0) {
  process.exitCode = 1;
}
