import { orderNotes } from './order';

const note = (id: string, pinned: boolean, createdAt: string) => ({ id, pinned, createdAt });

describe('orderNotes', () => {
  it('puts pinned notes first, newest first within each group', () => {
    const ordered = orderNotes([
      note('old', false, '2026-01-01T10:00:00Z'),
      note('pinned-old', true, '2025-06-01T10:00:00Z'),
      note('new', false, '2026-03-01T10:00:00Z'),
      note('pinned-new', true, '2026-02-01T10:00:00Z'),
    ]);
    expect(ordered.map((n) => n.id)).toEqual(['pinned-new', 'pinned-old', 'new', 'old']);
  });

  it('leaves the list it was given alone', () => {
    const notes = [note('a', false, '2026-01-01T10:00:00Z'), note('b', true, '2026-01-01T10:00:00Z')];
    orderNotes(notes);
    expect(notes.map((n) => n.id)).toEqual(['a', 'b']);
  });
});
