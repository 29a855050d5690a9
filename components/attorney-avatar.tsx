import Image from 'next/image';
import type { Attorney } from '@/lib/content';

function initials(name: string): string {
  return name
    .replace(/\(.*?\)/g, '')
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase())
    .slice(0, 2)
    .join('');
}

/** The attorney's photo, or their initials when the firm has not given us one. */
export function AttorneyAvatar({ attorney, size }: { attorney: Pick<Attorney, 'name' | 'photo'>; size: number }) {
  if (attorney.photo) {
    return (
      <Image
        src={attorney.photo.src}
        alt={attorney.photo.alt}
        width={size}
        height={size}
        className="rounded-full object-cover"
      />
    );
  }
  return (
    <span
      aria-hidden="true"
      style={{ width: size, height: size, fontSize: size / 2.6 }}
      className="inline-flex shrink-0 items-center justify-center rounded-full bg-brand-800 font-bold text-white"
    >
      {initials(attorney.name)}
    </span>
  );
}
