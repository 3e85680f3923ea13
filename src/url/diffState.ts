/** The diff view's URL keys; the diff view's state module fills this in. */
export const DIFF_KEYS: readonly string[] = ['a', 'b'];
