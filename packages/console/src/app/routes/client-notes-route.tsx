import { useParams } from 'react-router';
import { NotesTab } from '@/features/notes/components/notes-tab';

export default function ClientNotesRoute() {
  const { id = '' } = useParams();
  return <NotesTab clientId={id} />;
}
