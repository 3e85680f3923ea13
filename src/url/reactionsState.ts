/** The reactions map's URL keys; the reactions view's state module fills this in. */
export const REACTIONS_KEYS: readonly string[] = ['country'];
