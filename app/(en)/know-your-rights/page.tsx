import { firmPageRoute } from '@/components/firm-page';

const route = firmPageRoute('rights');

export const generateMetadata = route.generateMetadata;
export default route.Page;
