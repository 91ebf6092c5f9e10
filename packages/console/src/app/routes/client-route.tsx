import { useParams } from 'react-router';
import { ClientSummaryPage } from '@/features/clients/components/client-summary-page';

export default function ClientRoute() {
  const { id = '' } = useParams();
  // A new id means a new page: keying resets any state left from the previous client.
  return <ClientSummaryPage key={id} id={id} />;
}
