import type { common } from './id';

/** The shape of a translation: the same keys as the Indonesian original, any text. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Translation = Widen<typeof common>;
