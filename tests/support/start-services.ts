/** What instrumentation.ts does when a Next.js server starts, without the rest of the server. */
import { startConsultationServices } from '@/lib/consultation/startup';

void startConsultationServices();
