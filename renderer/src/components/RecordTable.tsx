import { useNavigate } from 'react-router-dom';
import { VirtualTable, type Column, type PagedRows, type Sort } from './VirtualTable.tsx';

/** What a list page hands its table: the rows read so far and the list's order. */
export interface ListTableProps<T> {
  rows: PagedRows<T>;
  sort: Sort;
  onSort: (key: string) => void;
  /** The list's query: a new one scrolls back to the top. */
  resetKey: string;
}

/** A paged, sortable list of records; a row opens the record's page under `route` with click or Enter. */
export function RecordTable<T extends { id: string }>({ route, ...props }: ListTableProps<T> & { label: string; route: string; columns: Column<T>[] }) {
  const navigate = useNavigate();
  return <VirtualTable {...props} onOpen={(r) => navigate(`${route}/${encodeURIComponent(r.id)}`)} />;
}
