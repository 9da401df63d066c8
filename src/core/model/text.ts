/**
 * A value from a design or an imported file as text, for names, paths and messages:
 * strings as they are, other primitives as String() gives them, objects and arrays as JSON.
 * String() itself throws on an object whose `toString` member is not a function, and a
 * hostile or mistyped file can hold exactly that (`"cluster": {"toString": false}`).
 */
export function textOf(value: unknown): string {
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
}
