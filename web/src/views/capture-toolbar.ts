import { api, humanError } from '../api.js';
import { el, toast } from '../dom.js';

export interface CaptureToolbarActions {
  /** How many captures the server stores, for the confirmation. */
  stored(): number;
  cleared(): void;
  imported(): Promise<void>;
}

/** Export, import and clear-all for the capture list. */
export function captureToolbar(actions: CaptureToolbarActions): HTMLElement {
  const clearAll = el(
    'button',
    {
      type: 'button',
      class: 'danger',
      'data-testid': 'clear-all',
      onclick: async () => {
        // Two steps instead of confirm(): the second click within a few seconds clears.
        if (clearAll.dataset.armed !== 'true') {
          clearAll.dataset.armed = 'true';
          clearAll.textContent = `Really clear all ${actions.stored()}?`;
          setTimeout(() => {
            clearAll.dataset.armed = 'false';
            clearAll.textContent = 'Clear all';
          }, 5000);
          return;
        }
        clearAll.dataset.armed = 'false';
        clearAll.textContent = 'Clear all';
        try {
          const { deleted } = await api.del<{ deleted: number }>('/captures');
          toast(`Cleared ${deleted} capture${deleted === 1 ? '' : 's'}`);
          actions.cleared();
        } catch (error) {
          toast(humanError(error, 'Clearing'), 'error');
        }
      },
    },
    'Clear all',
  );
  const importInput = el('input', {
    type: 'file',
    accept: 'application/json,.json',
    class: 'visually-hidden',
    id: 'import-captures',
    'aria-label': 'Import captures from a file',
  });
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    try {
      const { imported } = await api.postText<{ imported: number }>('/captures/import', await file.text());
      toast(`Imported ${imported} capture${imported === 1 ? '' : 's'} from ${file.name}`);
      await actions.imported();
    } catch (error) {
      toast(humanError(error, `Importing ${file.name}`), 'error');
    }
    importInput.value = '';
  });
  return el(
    'div',
    { class: 'filters toolbar' },
    el('a', { class: 'button', href: '/_yard/api/captures/export', download: 'hookyard-captures.json', 'data-testid': 'export' }, 'Export'),
    el('label', { class: 'button', for: 'import-captures' }, 'Import…'),
    importInput,
    clearAll,
  );
}
