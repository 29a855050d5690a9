import { notFound } from 'next/navigation';

// Any other address no other route serves: the 404 page in English.
export default function UnknownPage() {
  notFound();
}
