import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/routes';

/**
 * An English page is an ordinary page in app/(en) (app/(en)/articles/[slug]/page.tsx),
 * written for a `locale` that is English when none is given. Its Spanish
 * address is a route of its own under app/(es)/es, in Spanish words
 * (app/(es)/es/articulos/[slug]/page.tsx), which shows the same page with
 * the language bound here. So Next.js serves every address straight from
 * its folder: no rewrite, no code of ours between a request and a
 * prerendered page (docs/performance.md). Each language is a route group
 * with its own root layout, so `<html lang>` is right on every page, the
 * 404 page included.
 */
type LocaleProps = { params: Promise<{ locale?: string }> };
type RouteProps<Props extends LocaleProps> = Omit<Props, 'params'> & {
  params: Promise<Omit<Awaited<Props['params']>, 'locale'>>;
};

function bind<Props extends LocaleProps>(locale: Locale, props: RouteProps<Props>): Props {
  // The page's own props with the language its route stands for added to the parameters
  // (an image route with no parameter of its own is called without any).
  const params = Promise.resolve(props.params).then((own) => ({ ...own, locale }));
  return { ...props, params } as unknown as Props;
}

/** The default export of an English page or layout, bound to `locale`. */
export function inLocale<Props extends LocaleProps, Result extends ReactNode | Promise<ReactNode>>(
  locale: Locale,
  render: (props: Props) => Result,
): (props: RouteProps<Props>) => Result {
  return (props) => render(bind(locale, props));
}

/** A page's share image as the GET of its share.png route handler, bound to `locale`. */
export function imageInLocale<Props extends LocaleProps>(
  locale: Locale,
  render: (props: Props) => Promise<Response>,
): (request: Request, context: RouteProps<Props>) => Promise<Response> {
  return (_request, context) => render(bind(locale, context));
}

/** A page's generateMetadata, bound to `locale`. */
export function metadataInLocale<Props extends LocaleProps>(
  locale: Locale,
  generate: (props: Props) => Promise<Metadata>,
): (props: RouteProps<Props>) => Promise<Metadata> {
  return (props) => generate(bind(locale, props));
}

/** A page's generateStaticParams, for `locale`. */
export function staticParamsInLocale<Params extends object>(
  locale: Locale,
  generate: (parent: { params: { locale?: string } }) => Params[],
): () => Params[] {
  return () => generate({ params: { locale } });
}
