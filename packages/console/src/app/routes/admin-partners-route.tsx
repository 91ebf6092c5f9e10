import { PartnersPage } from '@/features/admin/partners/components/partners-page';

export default function AdminPartnersRoute() {
  return <PartnersPage />;
}
