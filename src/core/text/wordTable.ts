/**
 * A lookup table keyed by words read from untrusted text. A plain object literal inherits
 * "constructor", "toString" and the like from Object.prototype, so an article that says
 * "constructor 5" would read a function as a currency or a number. The table has no prototype:
 * only its own entries answer.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T | undefined>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
