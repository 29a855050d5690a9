/**
 * The components an MDX author may use, by name: a plain list, so the
 * content check can read it without loading React. components/mdx/index.ts
 * maps each name to its component, and the type system keeps the two equal.
 */
export const MDX_COMPONENT_NAMES = [
  'Callout',
  'FirmName',
  'FirmPhone',
  'FirmEmail',
  'FirmAddress',
  'FirmHours',
  'FirmLanguages',
  'FirmAvailability',
  'Term',
  'ANumberHelper',
  'WalletCard',
  'FillInSheet',
  'SheetLine',
] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
