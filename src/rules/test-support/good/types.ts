/** A factory of known-good props per type of one family. */
export type GoodDefaults<P> = { [T in keyof P]: () => P[T] };
