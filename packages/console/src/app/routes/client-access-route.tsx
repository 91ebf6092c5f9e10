import { useParams } from 'react-router';
import { AccessTab } from '@/features/access/components/access-tab';

export default function ClientAccessRoute() {
  const { id = '' } = useParams();
  return <AccessTab clientId={id} />;
}
