export { startApi, type ApiDeps } from './api.ts';
export { buildApp, type App, type AppDeps } from './app.ts';
export { ApiEnv, Role, loadApiConfig, type ApiConfig, type ApiToken } from './api-config.ts';
export { retryDelay, signBody, startNotifier, type Notifier } from './notifier.ts';
export { ExportColumns, awardCsvRow, csvField, csvRow, encodeAwards } from './csv.ts';
export { encodeAwardsXlsx } from './xlsx.ts';
export { announce, printBanner, startupBanner, summaryLine } from './banner.ts';
export { AlertsEnv, AlertType, parseSubscriptions } from './alerts/settings.ts';
