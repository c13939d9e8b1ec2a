import type { SuiteReport } from '../types.js';

function xml(text: string): string {
  return text
    .replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

export function junitReport(report: SuiteReport): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = report.results.reduce((sum, r) => sum + r.durationMs, 0);
  const cases = report.results.map((r) => {
    const open = `    <testcase classname="hookyard.${xml(report.scheme)}.${r.kind}" name="${xml(r.name)}" time="${seconds(r.durationMs)}"`;
    if (r.skipped) return `${open}>\n      <skipped/>\n    </testcase>`;
    // An advisory case passes; its warning goes where CI shows a test's output.
    if (r.pass && r.warning) return `${open}>\n      <system-out>${xml(r.why ?? '')}</system-out>\n    </testcase>`;
    if (r.pass) return `${open}/>`;
    return `${open}>\n      <failure message="${xml(`expected ${r.expected}, got ${r.got}`)}">${xml(r.why ?? '')}</failure>\n    </testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped}" time="${seconds(total)}">\n  <testsuite name="${xml(`hookyard ${report.target}`)}" tests="${report.results.length}" failures="${report.failed}" skipped="${report.skipped}" time="${seconds(total)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}
