import { useParams } from 'react-router';
import { ActivityTab } from '@/features/activity/components/activity-tab';

export default function ClientActivityRoute() {
  const { id = '' } = useParams();
  return <ActivityTab clientId={id} />;
}
