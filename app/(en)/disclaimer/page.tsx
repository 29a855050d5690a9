import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('disclaimer');

export const generateMetadata = route.generateMetadata;
export default route.Page;
