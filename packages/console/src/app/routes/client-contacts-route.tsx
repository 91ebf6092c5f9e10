import { useParams } from 'react-router';
import { ContactsTab } from '@/features/contacts/components/contacts-tab';

export default function ClientContactsRoute() {
  const { id = '' } = useParams();
  return <ContactsTab clientId={id} />;
}
