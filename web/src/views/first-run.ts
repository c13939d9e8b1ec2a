import { copyable, el } from '../dom.js';

/** The first-run pane: the full capture URL and a curl command that works as pasted. */
export function firstRun(): HTMLElement {
  const url = `${location.origin}/in/demo`;
  const curl = `curl -X POST '${url}' -H 'content-type: application/json' -d '{"hello":"world"}'`;
  return el(
    'div',
    { class: 'first-run', 'data-testid': 'first-run' },
    el('h2', {}, 'No captures yet'),
    el(
      'p',
      {},
      'Point a webhook at a capture URL: anything after ',
      el('code', {}, '/in/'),
      ' names a channel, and every request there shows up here live.',
    ),
    el('h3', {}, 'Capture URL'),
    copyable(url, 'capture URL'),
    el('h3', {}, 'Try it from a terminal'),
    copyable(curl, 'curl command'),
    el('p', { class: 'muted' }, 'Or fire a signed test event from the Endpoints view.'),
  );
}

/** The detail pane when captures exist and none is chosen. */
export function selectOne(count: number): HTMLElement {
  return el(
    'div',
    { class: 'select-one', 'data-testid': 'select-one' },
    el('h2', {}, 'Select a capture'),
    el(
      'p',
      { class: 'muted' },
      `${count} capture${count === 1 ? '' : 's'} in the list: choose one to see its verdict, body, headers and what hookyard answered.`,
    ),
  );
}
