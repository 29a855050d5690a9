import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import type { Locale } from '@/lib/routes';

/**
 * Each page is written once, in app/_pages, for a `locale` parameter. The
 * routes are its public addresses in each language (app/(en)/articles/…,
 * app/(es)/es/articulos/…), each a file that binds one language here. So
 * Next.js serves every address straight from its folder: no rewrite, no proxy,
 * no code of ours between a request and a prerendered page
 * (docs/performance.md). Each language is a route group with its own root
 * layout, so `<html lang>` is right on every page, the 404 page included.
 */
type LocaleProps = { params: Promise<{ locale: string }> };
type RouteProps<Props extends LocaleProps> = Omit<Props, 'params'> & {
  params: Promise<Omit<Awaited<Props['params']>, 'locale'>>;
};

function bind<Props extends LocaleProps>(locale: Locale, props: RouteProps<Props>): Props {
  // The page's own props with the language its route stands for added to the parameters
  // (an image route with no parameter of its own is called without any).
  const params = Promise.resolve(props.params).then((own) => ({ ...own, locale }));
  return { ...props, params } as unknown as Props;
}

/** The default export of a page or layout in app/_pages, bound to `locale`. */
export function inLocale<Props extends LocaleProps, Result extends ReactNode | Promise<ReactNode>>(
  locale: Locale,
  render: (props: Props) => Result,
): (props: RouteProps<Props>) => Result {
  return (props) => render(bind(locale, props));
}

/** A share image of app/_pages as the GET of its share.png route handler, bound to `locale`. */
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
  generate: (parent: { params: { locale: string } }) => Params[],
): () => Params[] {
  return () => generate({ params: { locale } });
}
