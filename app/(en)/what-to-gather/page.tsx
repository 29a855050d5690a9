import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('gather');

export const generateMetadata = route.generateMetadata;
export default route.Page;
