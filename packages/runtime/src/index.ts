export { Env, loadConfig, type Config } from './config.ts';
export { createLogger, type Logger } from './logger.ts';
export {
  createLifecycle,
  type Closer,
  type Lifecycle,
  type RunningService,
  type ServiceContext,
} from './lifecycle.ts';
export {
  DefaultHeartbeatFile,
  HeartbeatEnv,
  checkHeartbeat,
  heartbeatSettings,
  startHeartbeat,
  type HeartbeatOptions,
  type HeartbeatSettings,
  type HeartbeatVerdict,
} from './heartbeat.ts';
export { exitOnBrokenPipe, isBrokenPipe } from './broken-pipe.ts';
