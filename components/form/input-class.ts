/**
 * How every text field on the site looks: large text, a thick border, the
 * border red when the answer is refused. Its own module because the gather
 * sheet needs it without the forms' translations (next-intl's 40 kB).
 */
export const inputClass =
  'mt-1 block w-full rounded-lg border-2 border-slate-500 bg-white px-3 py-3 text-lg text-slate-900 aria-[invalid=true]:border-red-800';
