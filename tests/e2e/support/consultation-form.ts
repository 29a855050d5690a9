import type { Page } from '@playwright/test';

/** Fills the English consultation form as a person does, with answers that pass its rules. */
export async function fillValidForm(page: Page, name: string) {
  await page.getByLabel('Your full name').fill(name);
  await page.getByRole('group', { name: 'Who needs help?' }).getByLabel('Me', { exact: true }).check();
  await page.getByLabel('Email address').fill('ana@example.com');
  await page.getByLabel('Phone number').fill('+52 55 1234 5678');
  await page
    .getByRole('group', { name: 'Which language do you prefer?' })
    .getByLabel('Español', { exact: true })
    .check();
  await page
    .getByRole('group', { name: 'Is the person who needs help a US citizen?' })
    .getByLabel('No', { exact: true })
    .check();
  await page.getByLabel('Already convicted, in an old or a recent case').check();
  await page
    .getByRole('group', { name: 'Is the person who needs help detained now?' })
    .getByLabel('No', { exact: true })
    .check();
  await page.getByLabel('What kind of charge or case is it? (optional)').fill('Drug charge, plea in 2019');
  await page.getByLabel(/I understand that sending this form/).check();
}

export function uniqueName(label: string) {
  return `Test ${label} ${Math.random().toString(36).slice(2, 8)}`;
}
