/**
 * Returns the target value.
 * @customfunction
 * @param id Target id
 * @returns The target value.
 */
export function target(id: string): number {
  return id.length;
}
