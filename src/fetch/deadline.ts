// One time limit for a whole exchange: an abort signal for the transport, and a race helper for
// anything that might ignore the signal (a custom transport, a body that trickles forever).

/** Thrown by `within` when the deadline passes first. */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
}

export interface Deadline {
  /** Aborted when the time is up; pass it to the transport. */
  signal: AbortSignal;
  /** Settles like `work`, or rejects with `DeadlineExceeded` once the time is up. */
  within<T>(work: Promise<T>): Promise<T>;
  /** Stops the timer; call when the exchange is over. */
  clear(): void;
}

/** Starts a deadline `ms` milliseconds from now. */
export function startDeadline(ms: number): Deadline {
  const controller = new AbortController();
  let expire: (error: DeadlineExceeded) => void = () => {};
  const expired = new Promise<never>((_, reject) => {
    expire = reject;
  });
  expired.catch(() => {});

  const timer = setTimeout(() => {
    const error = new DeadlineExceeded('deadline exceeded');
    expire(error);
    controller.abort(error);
  }, ms);

  return {
    signal: controller.signal,
    within: (work) => Promise.race([work, expired]),
    clear: () => clearTimeout(timer),
  };
}
