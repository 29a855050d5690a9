/**
 * Server start-up: record each request's connection address (for the rate
 * limit), check the configuration, deliver whatever a previous process
 * left in the outbox, then keep retrying. A server that cannot deliver
 * consultation requests must not start and tell people their request was
 * received, so a bad setting ends the process.
 */
export async function startConsultationServices(): Promise<void> {
  try {
    const { recordPeerAddresses } = await import('@/lib/consultation/intake/client-address');
    recordPeerAddresses();
    const { startOutboxRetries } = await import('./runtime');
    startOutboxRetries();
  } catch (error) {
    // Only configuration errors reach here (the variable's name and what is wrong), never a request.
    const reason = error instanceof Error ? error.message : String(error);
    console.error(reason);
    process.exit(1);
  }
}
