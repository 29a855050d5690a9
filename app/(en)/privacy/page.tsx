import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('privacy');

export const generateMetadata = route.generateMetadata;
export default route.Page;
