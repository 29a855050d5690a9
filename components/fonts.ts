import localFont from 'next/font/local';

// Self-hosted from the @fontsource package: nothing is fetched at build or
// run time, and the Latin subset covers English and Spanish.
export const sans = localFont({
  src: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  display: 'swap',
  variable: '--font-sans',
});
