/** Excel date serials (the 1900 date system: serial 1 = 1900-01-01, epoch 1899-12-30 for modern dates). */

const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** Serial number of an ISO date "yyyy-mm-dd" (2025-11-11 → 45972). */
export function dateSerial(isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number);
  return (Date.UTC(year, month - 1, day) - EPOCH) / MS_PER_DAY;
}

/** Days from `start` to `end` inclusive (same day → 1). */
export function daysInclusive(start: string, end: string): number {
  return dateSerial(end) - dateSerial(start) + 1;
}
