import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { FirmAddress, FirmEmail, FirmHours, FirmLanguages, FirmName, FirmPhone } from './firm-facts';

/**
 * Every component an MDX author may use, and nothing else. CONTRIBUTING.md
 * documents each one; the content check refuses any tag not listed here.
 */
export const mdxComponents = {
  Callout,
  FirmName,
  FirmPhone,
  FirmEmail,
  FirmAddress,
  FirmHours,
  FirmLanguages,
} satisfies MDXComponents;

export const MDX_COMPONENT_NAMES: readonly string[] = Object.keys(mdxComponents);
