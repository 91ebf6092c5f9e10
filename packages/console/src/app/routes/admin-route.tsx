import { AdminLayout } from '@/features/admin/components/admin-layout';

export default function AdminRoute() {
  return <AdminLayout />;
}
