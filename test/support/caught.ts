/** The error a call that must fail raised (an SDK's exception, say); fails the test when the call succeeds. */
export async function caught(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}
