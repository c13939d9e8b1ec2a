import { api, humanError, type RevealedSecret } from '../api.js';
import { copyable, el, showDialog, toast } from '../dom.js';

/** A new or rotated secret, shown once in a dialog with a Copy button. */
export function showNewSecret(what: string, secret: string): HTMLDialogElement {
  return showDialog(
    `${what}: new signing secret`,
    el('p', {}, 'Copy it now: it is shown once. (You can reveal it again from the Secret column; each reveal is logged in the timeline.)'),
    copyable(secret, 'secret'),
  );
}

/** An explicit reveal of an endpoint's signing secret; the workbench logs it in the timeline. */
export async function revealSecret(profile: string, endpointId: string, title: string): Promise<void> {
  try {
    const revealed = await api.post<RevealedSecret>(
      `/endpoints/${encodeURIComponent(profile)}/${encodeURIComponent(endpointId)}/secret/reveal`,
    );
    showDialog(
      `${title} endpoint ${endpointId}: signing secret`,
      el('p', {}, `Signs with ${revealed.scheme}. This reveal is logged in the timeline.`),
      copyable(revealed.secret, 'secret'),
      revealed.previous.length
        ? el(
            'p',
            { class: 'muted' },
            `Also accepted during rotation: ${revealed.previous.length} previous secret${revealed.previous.length === 1 ? '' : 's'}.`,
          )
        : null,
    );
  } catch (error) {
    toast(humanError(error, 'Revealing the secret'), 'error');
  }
}
