import { el } from '../dom.js';
import type { VerdictView } from '../api.js';

/** The verdict and diagnosis in plain words. */
export function verdictBox(verdict: VerdictView | null): HTMLElement {
  if (!verdict) return el('div', { class: 'verdict unsigned', 'data-testid': 'verdict' }, el('strong', {}, 'Not verified'), el('p', {}, 'No known signature header, or no secret for this channel.'));
  if (verdict.ok) {
    return el('div', { class: 'verdict ok', 'data-testid': 'verdict' },
      el('strong', {}, `✓ Valid signature${verdict.scheme ? ` (${verdict.scheme})` : ''}`),
      el('p', {}, verdict.message));
  }
  return el('div', { class: 'verdict failed', 'data-testid': 'verdict' },
    el('strong', {}, `✗ ${verdict.code.replace(/_/g, ' ')}${verdict.scheme ? ` (${verdict.scheme})` : ''}`),
    el('p', {}, verdict.message),
    verdict.diagnosis ? el('p', { class: 'diagnosis', 'data-testid': 'diagnosis' }, el('b', {}, 'Why: '), verdict.diagnosis.message) : null,
    verdict.diagnosis && verdict.diagnosis.tried.length ? el('details', {}, el('summary', {}, 'What was checked'), el('ul', {}, ...verdict.diagnosis.tried.map((t) => el('li', {}, t)))) : null);
}
