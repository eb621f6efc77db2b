// A `lookup` for sockets that answers with addresses already checked, never asking DNS again.
import type { LookupAddress } from 'node:dns';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The `lookup` option of `net.connect`/`tls.connect` that always answers `addresses`, whatever
 * host name it is asked about. Node asks with `all: true` when it races address families.
 */
export function pinnedLookup(addresses: readonly LookupAddress[]) {
  return (_hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    const [first] = addresses;
    if (!first) {
      callback(Object.assign(new Error('no pinned address'), { code: 'ENOTFOUND' }), '');
      return;
    }

    if (options.all) callback(null, [...addresses]);
    else callback(null, first.address, first.family);
  };
}
