import { flushOutbox } from '@/lib/consultation/outbox/flush';

// For a host's scheduler: delivers the consultation requests that are due.
export const POST = flushOutbox;
