/**
 * SIGINT/SIGTERM: stop accepting, flush storage, exit 0 — within 5 s, or exit 1 saying what
 * hung. A second signal exits at once.
 */
export function installShutdown(
  close: () => Promise<void>,
  log: (message: string) => void,
  exit: (code: number) => void = (code) => process.exit(code),
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`\n${signal} again: exiting now.`);
      exit(1);
      return;
    }
    stopping = true;
    log(`\n${signal}: stopping hookyard…`);
    const timer = setTimeout(() => {
      log('hookyard did not stop within 5 s; exiting anyway.');
      exit(1);
    }, 5000);
    timer.unref();
    close().then(
      () => {
        clearTimeout(timer);
        exit(0);
      },
      (error: unknown) => {
        log(`error while stopping: ${(error as Error).message}`);
        exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
