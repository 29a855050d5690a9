/**
 * The reference page of `npm run lighthouse`: the least an App Router page
 * can be (one layout, one page, no stylesheet, no client component), built
 * with this project's Next.js and measured in the same run as the site's
 * pages, so a reader of the figures can tell the machine's ceiling from the
 * site's own cost. Its icon is a copy of the site's (app/icon.svg), so that
 * both pay the same for it. JavaScript rather than TypeScript, so that
 * building it writes no tsconfig.json here.
 */
export const metadata = { title: 'Reference page', description: 'A minimal App Router page.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 16 }}>{children}</body>
    </html>
  );
}
