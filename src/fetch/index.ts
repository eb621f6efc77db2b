// The outbound guard: the only module that reaches the network.
export type * from './types';
