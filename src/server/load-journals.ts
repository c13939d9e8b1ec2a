import type { CaptureStore } from '../capture/index.js';
import type { DeliveryHistory } from '../delivery/index.js';
import type { DataDir } from '../storage/index.js';
import type { Logger } from './workbench.js';

/**
 * Replays both journals into their indexes and takes over data of the older single-document
 * format once; every notice (a torn record cut, a conversion) goes to the log and the banner.
 */
export async function loadJournals(dataDir: DataDir, captures: CaptureStore, history: DeliveryHistory, logger: Logger): Promise<void> {
  const legacy = dataDir.legacy ?? null;
  const reports = [await captures.load(legacy), await history.load(legacy)];
  if (legacy) {
    await legacy.done();
    await dataDir.state.commit();
  }
  const notices = dataDir.notices as string[];
  for (const report of reports) notices.push(...report.notices);
  for (const notice of notices) logger.warn(notice);
}
