export { default } from '@/app/_pages/not-found';
