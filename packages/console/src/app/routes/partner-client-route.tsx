import { useParams } from 'react-router';
import { PartnerClientFilePage } from '@/features/partner-portal/components/partner-client-file-page';

export default function PartnerClientRoute() {
  const { id = '' } = useParams();
  return <PartnerClientFilePage key={id} id={id} />;
}
