import type { SuiteReport } from '../types.js';

export function jsonReport(report: SuiteReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
