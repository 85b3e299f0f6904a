/** Structural equality of plain JSON-like values (event data, command fields). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aRecord = a as Record<string, unknown>;
  const bRecord = b as Record<string, unknown>;
  const keys = Object.keys(aRecord).filter((key) => aRecord[key] !== undefined);
  const otherKeys = Object.keys(bRecord).filter((key) => bRecord[key] !== undefined);
  return (
    keys.length === otherKeys.length && keys.every((key) => deepEqual(aRecord[key], bRecord[key]))
  );
}
