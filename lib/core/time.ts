/** "Until tomorrow" means until tomorrow morning (06:00 local), not midnight. */
export function nextMorning(from: number): number {
  const d = new Date(from);
  d.setDate(d.getDate() + 1);
  d.setHours(6, 0, 0, 0);
  return d.getTime();
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
