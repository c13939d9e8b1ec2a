/** A byte limit as people read it: `1 MiB`, `64 KiB`, `1000 bytes`. */
export function formatLimit(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

/** The 413 text of the mounts and the control API (each wraps it in its own envelope). */
export function tooLargeMessage(limit: number): string {
  return `The request body is larger than the ${formatLimit(limit)} limit; send a smaller body (or start hookyard with --max-body).`;
}
