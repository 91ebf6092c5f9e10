import { useParams } from 'react-router';
import { ClientInfoTab } from '@/features/clients/components/info/client-info-tab';

export default function ClientInfoRoute() {
  const { id = '' } = useParams();
  return <ClientInfoTab clientId={id} />;
}
