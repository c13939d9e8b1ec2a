/** Gives the endpoint just created the fixed id and secret from the config file; false if the id is taken. */
export function adoptFixed<T extends { id: string }>(
  items: T[],
  createdId: string,
  fixed: { id?: string; secret?: string },
  setSecret: (item: T, secret: string) => void,
): boolean {
  const item = items.find((e) => e.id === createdId);
  if (!item || (fixed.id && items.some((e) => e.id === fixed.id && e !== item))) return false;
  if (fixed.id) item.id = fixed.id;
  if (fixed.secret) setSecret(item, fixed.secret);
  return true;
}
