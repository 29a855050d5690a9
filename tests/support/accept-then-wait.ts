/**
 * A server process in miniature, for the crash test: accepts one request
 * through the real runtime (configured by the environment), says
 * "received <reference>", and keeps trying to deliver until it is killed.
 */
import { issueFormToken } from '@/lib/consultation/intake/guard';
import { acceptConsultation } from '@/lib/consultation/intake/intake';
import { getFormSecret, intakeDeps } from '@/lib/consultation/runtime';

const form = new FormData();
for (const [key, value] of Object.entries({
  name: 'Crash Test',
  forWhom: 'self',
  email: 'crash@example.com',
  language: 'english',
  citizen: 'not-sure',
  matter: 'removal-proceedings',
  detained: 'yes',
  message: 'My husband is detained and has a hearing next week.',
  consent: 'yes',
  formToken: issueFormToken(new Date(Date.now() - 60_000), getFormSecret()),
})) {
  form.set(key, value);
}

async function main() {
  const state = await acceptConsultation(
    { form, clientAddress: '127.0.0.1', now: new Date() },
    intakeDeps((task) => void task()),
  );
  console.log(state.status === 'received' ? `received ${state.reference}` : `refused ${state.status}`);
  setInterval(() => {}, 60_000);
}

void main();
