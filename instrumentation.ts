// Runs once when a Next.js server process starts (see lib/consultation/startup.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { siteUrlWarning } = await import('@/lib/env');
  const warning = siteUrlWarning();
  if (warning) console.warn(warning);
  const { startConsultationServices } = await import('@/lib/consultation/startup');
  await startConsultationServices();
}
