import { exactTime, relativeTime } from '@/lib/time';

export interface RelativeTimeProps {
  value: string;
}

/** "5 minutes ago", with the exact instant on hover and for assistive technology. */
export function RelativeTime({ value }: RelativeTimeProps) {
  const exact = exactTime(value);
  return (
    <time dateTime={value} title={exact} aria-label={exact}>
      {relativeTime(value)}
    </time>
  );
}
