import { useParams } from 'react-router';
import { ClientTermsTab } from '@/features/clients/components/terms/client-terms-tab';

export default function ClientTermsRoute() {
  const { id = '' } = useParams();
  return <ClientTermsTab clientId={id} />;
}
