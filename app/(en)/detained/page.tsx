import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('detained');

export const generateMetadata = route.generateMetadata;
export default route.Page;
