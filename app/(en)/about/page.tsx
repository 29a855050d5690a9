import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('about');

export const generateMetadata = route.generateMetadata;
export default route.Page;
