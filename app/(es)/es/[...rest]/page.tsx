import { notFound } from 'next/navigation';

// Any address under /es no other route serves: the 404 page in Spanish.
export default function UnknownPage() {
  notFound();
}
