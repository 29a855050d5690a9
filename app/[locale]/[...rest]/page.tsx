import { notFound } from 'next/navigation';

// Any address no other route serves: the 404 page in the reader's language (not-found.tsx beside the layout).
export default function UnknownPage() {
  notFound();
}
