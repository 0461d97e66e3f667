// A file's size as people read it: "512 bytes", "2.3 KB", "48 KB", "2.3 MB" (binary units, as the server's limits are).
const UNITS = ['KB', 'MB', 'GB', 'TB'];

export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) {
    const whole = Math.max(0, Math.round(Number.isFinite(bytes) ? bytes : 0));
    return whole === 1 ? '1 byte' : `${whole} bytes`;
  }
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // One decimal below 10 ("2.3 MB"), whole numbers above ("48 KB"); never "10.0" or "1024 KB".
  const shown = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  if (shown >= 1024 && unit < UNITS.length - 1) {
    return `1 ${UNITS[unit + 1]}`;
  }
  return `${shown} ${UNITS[unit]}`;
}
