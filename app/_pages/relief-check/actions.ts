'use server';

import { getFormSecret } from '@/lib/consultation/runtime';
import { reliefCheckPageStep, type ReliefCheckPageState } from '@/lib/consultation/relief-check-request';
import { getFirm } from '@/lib/content';

/** One step of the relief check, and the consultation form it can end with (lib/consultation/relief-check-request.ts). */
export async function reliefCheckStep(_previous: ReliefCheckPageState, form: FormData): Promise<ReliefCheckPageState> {
  return reliefCheckPageStep(form, new Date(), { timeZone: getFirm().timeZone, formSecret: getFormSecret() });
}
