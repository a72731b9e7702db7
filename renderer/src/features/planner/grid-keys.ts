// Where the keyboard moves a focused session in the week grid: ←/→ one day, ↑/↓ one slot, continuing
// into the previous or next day past the first or last slot, as on a timeline.
import { addDays } from '../../../../shared/domain/planner/dates.ts';
import type { SlotId, TimetableSettings } from '../../../../shared/domain/planner/slots.ts';

export interface GridPosition {
  date: string;
  slot: SlotId;
}

export function keyMove(settings: TimetableSettings, from: GridPosition, key: string): GridPosition | null {
  const order = settings.slots.map((s) => s.id);
  const i = order.indexOf(from.slot);
  switch (key) {
    case 'ArrowLeft':
      return { date: addDays(from.date, -1), slot: from.slot };
    case 'ArrowRight':
      return { date: addDays(from.date, 1), slot: from.slot };
    case 'ArrowUp':
      return i > 0 ? { date: from.date, slot: order[i - 1]! } : { date: addDays(from.date, -1), slot: order.at(-1)! };
    case 'ArrowDown':
      return i < order.length - 1 ? { date: from.date, slot: order[i + 1]! } : { date: addDays(from.date, 1), slot: order[0]! };
    default:
      return null;
  }
}
