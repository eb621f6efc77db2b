// Per-host token buckets, so the open verifier cannot be used to flood a third party.

/** Decides whether one more request may go to a host now. */
export interface HostRateLimiter {
  /** Takes one token for `host`; false when its bucket is empty. */
  take(host: string): boolean;
}

export interface TokenBucketOptions {
  /** Requests allowed in a burst; the bucket's size. */
  requests: number;
  /** Seconds in which an empty bucket refills completely. */
  windowSeconds: number;
  /** Milliseconds since the epoch; injected so tests control time. */
  now: () => number;
  /** Hosts remembered at most; the longest-unused ones are forgotten first. */
  maxHosts?: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/** A token bucket per host: `requests` per `windowSeconds`, refilled continuously. */
export function createHostRateLimiter(options: TokenBucketOptions): HostRateLimiter {
  const { requests, windowSeconds, now, maxHosts = 10_000 } = options;
  const refillPerMs = requests / (windowSeconds * 1000);
  const buckets = new Map<string, Bucket>();

  const current = (host: string, at: number): Bucket => {
    const bucket = buckets.get(host) ?? { tokens: requests, updatedAt: at };
    const elapsed = Math.max(0, at - bucket.updatedAt);
    buckets.delete(host);
    return { tokens: Math.min(requests, bucket.tokens + elapsed * refillPerMs), updatedAt: at };
  };

  const remember = (host: string, bucket: Bucket): void => {
    buckets.set(host, bucket);
    const oldest = buckets.keys().next().value;
    if (buckets.size > maxHosts && oldest !== undefined) buckets.delete(oldest);
  };

  return {
    take(host) {
      const bucket = current(host, now());
      const allowed = bucket.tokens >= 1;
      remember(host, { ...bucket, tokens: allowed ? bucket.tokens - 1 : bucket.tokens });
      return allowed;
    },
  };
}
