/** A small seeded random generator (mulberry32): the same seed gives the same ids, tokens and faults. */
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A version-4 UUID. */
  uuid(): string;
  /** `length` lowercase hex characters. */
  hex(length: number): string;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => {
    let out = '';
    for (let i = 0; i < length; i += 1) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (): string => {
    const variant = (8 + Math.floor(next() * 4)).toString(16);
    return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
  };
  return { next, uuid, hex };
}

/** A seed when none is given: different per engine. */
export function randomSeed(): number {
  return Math.floor(Math.random() * 2 ** 32);
}
