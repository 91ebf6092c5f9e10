import { useParams } from 'react-router';
import { ClientCrmTab } from '@/features/clients/components/crm/client-crm-tab';

export default function ClientCrmRoute() {
  const { id = '' } = useParams();
  return <ClientCrmTab clientId={id} />;
}
