// The image's HEALTHCHECK: the api answers /healthz; a worker's heartbeat file is fresh.
import { checkHeartbeat, heartbeatSettings } from '@pw/runtime';

const service = process.env.SERVICE ?? 'api';
if (service === 'api') {
  const port = process.env.API_PORT ?? '8080';
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`, {
      signal: AbortSignal.timeout(5_000),
    });
    if (!res.ok) {
      console.error(`api /healthz answered ${res.status}`);
      process.exit(1);
    }
  } catch (err) {
    console.error(`api /healthz: ${(err as Error).message}`);
    process.exit(1);
  }
} else {
  const { file, maxAgeMs } = heartbeatSettings();
  const verdict = checkHeartbeat(file, maxAgeMs);
  if (!verdict.ok) {
    console.error(`${service}: ${verdict.reason}`);
    process.exit(1);
  }
}
