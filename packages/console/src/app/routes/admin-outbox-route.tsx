import { OutboxPage } from '@/features/admin/outbox/components/outbox-page';

export default function AdminOutboxRoute() {
  return <OutboxPage />;
}
