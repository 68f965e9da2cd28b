/** "Until tomorrow" means until tomorrow morning (06:00 local), not midnight. */
export function nextMorning(from: number): number {
  const d = new Date(from);
  d.setDate(d.getDate() + 1);
  d.setHours(6, 0, 0, 0);
  return d.getTime();
}
