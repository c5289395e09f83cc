import type { DatacenterSchemas } from '../../../api/client';

type Unit = DatacenterSchemas['UnitView'];

/** A run of units from the top down: one reservation, or free units between reservations. */
export interface UnitBlock {
  top: number;
  bottom: number;
  reservationId?: string;
  opd?: string;
  purpose?: string;
}

/** Groups the elevation's units (top unit first) into contiguous blocks, so a 4U server reads as one item. */
export function blocksOf(units: Unit[]): UnitBlock[] {
  const blocks: UnitBlock[] = [];
  for (const unit of units) {
    const last = blocks.at(-1);
    const same = last && (last.reservationId ?? null) === (unit.reservationId ?? null) && last.bottom === unit.u + 1;
    if (same) last.bottom = unit.u;
    else
      blocks.push({
        top: unit.u,
        bottom: unit.u,
        reservationId: unit.reservationId ?? undefined,
        opd: unit.opd ?? undefined,
        purpose: unit.purpose ?? undefined,
      });
  }
  return blocks;
}
