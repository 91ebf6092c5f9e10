import { ListsPage } from '@/features/admin/lists/components/lists-page';

export default function AdminListsRoute() {
  return <ListsPage />;
}
