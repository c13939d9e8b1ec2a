import { api } from './api.js';
import { el } from './dom.js';

interface Health {
  storage?: 'ok' | 'failing';
  storageFailures?: Array<{ file: string; code: string; message: string; since: string }>;
}

/**
 * A bar under the header while the workbench cannot write its data folder: changes are answered
 * 503 until it can again, and the user should know why before a provider's retries pile up.
 */
export function storageStatus(): { element: HTMLElement; check(): Promise<void> } {
  const element = el('div', { class: 'storage-failing', role: 'alert', 'data-testid': 'storage-status', hidden: '' });
  const check = async (): Promise<void> => {
    let health: Health;
    try {
      health = await api.get<Health>('/health');
    } catch {
      return;
    }
    const failures = health.storage === 'failing' ? (health.storageFailures ?? []) : [];
    element.hidden = failures.length === 0;
    element.textContent = failures
      .map(
        (f) =>
          `Storage failing: hookyard cannot write ${f.file} (${f.code}) since ${new Date(f.since).toLocaleTimeString()}. Changes are refused with 503 and retried until the folder is writable again.`,
      )
      .join(' ');
  };
  return { element, check };
}
