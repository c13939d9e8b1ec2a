import type { SuiteReport } from '../types.js';

/** A readable terminal table: one line per case, failures followed by why and how to fix. */
export function tableReport(report: SuiteReport): string {
  const width = Math.min(70, Math.max(...report.results.map((r) => r.name.length), 4));
  const lines = [`hookyard test ${report.target} (${report.scheme})`, ''];
  lines.push(`   ${'case'.padEnd(width)}  expected  got`);
  for (const r of report.results) {
    const mark = r.skipped ? '-' : r.warning ? '!' : r.pass ? '✓' : '✗';
    lines.push(` ${mark} ${r.name.padEnd(width)}  ${r.expected.padEnd(8)}  ${r.got}`);
    if (r.why) lines.push(`     → ${r.why}`);
  }
  lines.push('', `${report.passed} passed, ${report.failed} failed${report.warnings ? `, ${report.warnings} warning${report.warnings > 1 ? 's' : ''}` : ''}${report.skipped ? `, ${report.skipped} skipped` : ''}`);
  return `${lines.join('\n')}\n`;
}
