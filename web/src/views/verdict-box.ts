import { el } from '../dom.js';
import type { VerdictView } from '../api.js';

/** The verdict as an icon and a word, so it never rests on colour alone. */
export function verdictLabel(verdict: VerdictView | null): { icon: string; word: string; kind: 'ok' | 'failed' | 'unsigned' } {
  if (!verdict) return { icon: '○', word: 'unsigned', kind: 'unsigned' };
  return verdict.ok ? { icon: '✓', word: 'valid', kind: 'ok' } : { icon: '✗', word: 'invalid', kind: 'failed' };
}

export function verdictTag(verdict: VerdictView | null): HTMLElement {
  const { icon, word, kind } = verdictLabel(verdict);
  return el(
    'span',
    { class: `vtag ${kind}`, title: verdict ? `${word}: ${verdict.code.replace(/_/g, ' ')}` : 'no known signature header' },
    el('span', { 'aria-hidden': 'true' }, icon),
    ` ${word}`,
  );
}

/** The verdict and diagnosis in plain words, each said once. */
export function verdictBox(verdict: VerdictView | null): HTMLElement {
  if (!verdict)
    return el(
      'div',
      { class: 'verdict unsigned', 'data-testid': 'verdict' },
      el('strong', {}, '○ Not verified'),
      el('p', {}, 'No known signature header, or no secret for this channel.'),
    );
  if (verdict.ok) {
    return el(
      'div',
      { class: 'verdict ok', 'data-testid': 'verdict' },
      el('strong', {}, `✓ Valid signature${verdict.scheme ? ` (${verdict.scheme})` : ''}`),
      el('p', {}, verdict.message),
    );
  }
  const diagnosis = verdict.diagnosis;
  // Older captures carry the found cause in the message too: say it once.
  const message =
    diagnosis && verdict.message.endsWith(`: ${diagnosis.message}`)
      ? verdict.message.slice(0, -diagnosis.message.length - 2)
      : verdict.message;
  return el(
    'div',
    { class: 'verdict failed', 'data-testid': 'verdict' },
    el('strong', {}, `✗ Invalid: ${verdict.code.replace(/_/g, ' ')}${verdict.scheme ? ` (${verdict.scheme})` : ''}`),
    diagnosis?.message !== message ? el('p', {}, message) : null,
    diagnosis ? el('p', { class: 'diagnosis', 'data-testid': 'diagnosis' }, el('b', {}, 'Why: '), diagnosis.message) : null,
    diagnosis?.tried.length
      ? el('details', {}, el('summary', {}, 'What was checked'), el('ul', {}, ...diagnosis.tried.map((t) => el('li', {}, t))))
      : null,
  );
}
