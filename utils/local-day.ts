/** A local calendar day as `YYYY-MM-DD`, and the days before it. */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The last `count` local days ending with `date`, oldest first. */
export function lastDays(date: Date, count: number): string[] {
  const days: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const day = new Date(date.getFullYear(), date.getMonth(), date.getDate() - i, 12);
    days.push(localDay(day));
  }
  return days;
}
