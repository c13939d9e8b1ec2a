export type { JournalRef, JournalStore, ReplayReport } from './journal-types.js';
export { SegmentJournal } from './segment-journal.js';
export type { SegmentJournalOptions } from './segment-journal.js';
export { MemoryJournal } from './memory-journal.js';
