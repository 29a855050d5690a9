'use server';

import { headers } from 'next/headers';
import { after } from 'next/server';
import type { ConsultationFormState } from '@/lib/consultation/form-state';
import { acceptConsultation } from '@/lib/consultation/intake';
import { intakeDeps } from '@/lib/consultation/runtime';

export async function requestConsultation(_previous: ConsultationFormState, form: FormData): Promise<ConsultationFormState> {
  // Next.js sets x-forwarded-for from the connection; behind a proxy, the proxy must set it (see README).
  const clientAddress = (await headers()).get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
  return acceptConsultation({ form, clientAddress, now: new Date() }, intakeDeps(after));
}
