import type { MDXComponents } from 'mdx/types';
import type { MdxComponentName } from '@/lib/content/mdx-component-names';
import { ANumberHelper } from './a-number-helper';
import { Callout } from './callout';
import { FillInSheet, SheetLine } from './fill-in-sheet';
import { Term } from './term';
import { WalletCard } from './wallet-card';
import {
  FirmAddress,
  FirmAvailabilityList,
  FirmEmail,
  FirmHours,
  FirmLanguages,
  FirmName,
  FirmPhone,
} from './firm-facts';

/**
 * Every component an MDX author may use, and nothing else. CONTRIBUTING.md
 * documents each one; the content check refuses any tag not in
 * lib/content/mdx-component-names.ts, which must name exactly these.
 */
export const mdxComponents = {
  Callout,
  FirmName,
  FirmPhone,
  FirmEmail,
  FirmAddress,
  FirmHours,
  FirmLanguages,
  FirmAvailability: FirmAvailabilityList,
  Term,
  ANumberHelper,
  WalletCard,
  FillInSheet,
  SheetLine,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;

// Fails to compile when a component is added here but not to MDX_COMPONENT_NAMES, or the other way round.
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type MustBeTrue<T extends true> = T;
export type MdxNamesMatch = MustBeTrue<SameNames<keyof typeof mdxComponents, MdxComponentName>>;
