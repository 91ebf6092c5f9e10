import { PlansPage } from '@/features/admin/plans/components/plans-page';

export default function AdminPlansRoute() {
  return <PlansPage />;
}
