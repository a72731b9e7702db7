/**
 * A list's order kept in the address: `sort=name` ascending, `sort=-name` descending, absent for the
 * list's default order. Pressing a column's header sorts by it, pressing it again reverses the order.
 */
export function listSort<K extends string>(
  sorts: readonly K[],
  fallback: K,
  value: string | undefined,
  set: (key: 'sort', value: string | null) => void,
): { sort: { key: K; desc: boolean }; onSort: (key: string) => void } {
  const key = (value ?? '').replace(/^-/, '');
  const sort = (sorts as readonly string[]).includes(key) ? { key: key as K, desc: value!.startsWith('-') } : { key: fallback, desc: false };
  const onSort = (column: string) => {
    const desc = column === sort.key && !sort.desc;
    set('sort', column === fallback && !desc ? null : `${desc ? '-' : ''}${column}`);
  };
  return { sort, onSort };
}
