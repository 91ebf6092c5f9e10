import { ClientsListPage } from '@/features/clients/components/clients-list-page';

export default function ClientsRoute() {
  return <ClientsListPage />;
}
