import type { HookyardHandle } from './start-hookyard.js';
import { sdkBaseUrl } from '../profiles/sdk-base-url.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The start-up banner: every URL, each profile's mount and test key, the inspector. */
export function formatBanner(
  handle: Pick<HookyardHandle, 'url' | 'workbench'>,
  options: { requestedPort?: number; version?: string; notes?: string[] } = {},
): string {
  const { workbench: wb, url } = handle;
  const lines: string[] = [];
  lines.push(`  hookyard${options.version ? ` ${options.version}` : ''} — local webhook workbench (${wb.config.env})`, '');
  lines.push(`  Inspector    ${url}/`);
  lines.push(`  Capture      ${url}/in/<channel>`);
  lines.push(`  Control API  ${url}/_yard/api`, '');
  const width = Math.max(...wb.profiles.map((p) => p.title.length));
  for (const profile of wb.profiles) {
    const key = wb.mount.apiKeys(profile)[0];
    const auth = profile.auth.describeKey(key);
    lines.push(`  ${profile.title.padEnd(width)}  ${url}${profile.mount}  (${auth})`);
    if (profile.sdk) lines.push(`  ${''.padEnd(width)}  ${profile.sdk.snippet(sdkBaseUrl(profile, url), key?.key ?? '')}`);
  }
  const warnings: string[] = [];
  const scale = wb.config.timeScale;
  if (scale !== 1) lines.push('', `  Time scale   ×${scale}: retry delays run ${scale}× faster; signatures and verdicts use real time`);
  if (options.requestedPort && options.requestedPort !== 0 && !url.endsWith(`:${options.requestedPort}`))
    warnings.push(`port ${options.requestedPort} was in use; using ${url.split(':').pop()} (--strict-port to refuse instead)`);
  if (!LOOPBACK.has(wb.config.host))
    warnings.push(`listening on ${wb.config.host}, not loopback: other machines can reach the management mocks and the inspector`);
  if (wb.dataDir.dir === null) warnings.push('--memory: nothing is saved');
  for (const report of wb.dataDir.corrupt)
    warnings.push(`${report.file} was corrupt (${report.reason}); moved to ${report.movedTo} and started fresh`);
  for (const notice of wb.dataDir.notices) warnings.push(notice);
  if (warnings.length) lines.push('', ...warnings.map((w) => `  ! ${w}`));
  if (options.notes?.length) lines.push('', ...options.notes.map((n) => `  ${n}`));
  return `\n${lines.join('\n')}\n\n`;
}
