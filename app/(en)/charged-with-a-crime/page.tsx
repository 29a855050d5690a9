import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('charged');

export const generateMetadata = route.generateMetadata;
export default route.Page;
