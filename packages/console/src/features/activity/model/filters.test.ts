import { fromWhoValue, readActivityView, toActivityFilter, whoValue, writeActivityView } from './filters';

const PERSON = '7f6785c8-1f2f-48a9-8e50-a7f228e345ce';

describe('activity view in the URL', () => {
  it('reads actions, the actor type and the person, ignoring what it does not know', () => {
    const view = readActivityView(
      new URLSearchParams(`action=UPDATED&action=LINKED&action=NOPE&actor=STAFF&person=${PERSON}`),
    );
    expect(view).toEqual({ actions: ['UPDATED', 'LINKED'], actor: 'STAFF', person: PERSON });
    expect(readActivityView(new URLSearchParams('actor=ROBOT&person=<script>'))).toEqual({
      actions: [],
      actor: null,
      person: null,
    });
  });

  it('writes back what it read', () => {
    const params = writeActivityView({
      actions: ['PINNED' as never],
      actor: 'PARTNER' as never,
      person: null,
    });
    expect(params.toString()).toBe('action=PINNED&actor=PARTNER');
    expect(writeActivityView({ actions: [], actor: null, person: PERSON }).toString()).toBe(
      `person=${PERSON}`,
    );
  });

  it('asks the API for everything when nothing is chosen, and for one person when one is', () => {
    expect(toActivityFilter({ actions: [], actor: null, person: null })).toBeUndefined();
    expect(toActivityFilter({ actions: ['UPDATED' as never], actor: null, person: null })).toEqual({
      actions: ['UPDATED'],
    });
    expect(toActivityFilter({ actions: ['UPDATED' as never], actor: null, person: PERSON })).toEqual({
      actions: ['UPDATED'],
      actorId: PERSON,
    });
  });
});

describe('the "Who" choice', () => {
  it('is a kind or a person, never both', () => {
    expect(whoValue({ actor: null, person: null })).toBe('');
    expect(whoValue({ actor: 'STAFF' as never, person: null })).toBe('kind:STAFF');
    expect(whoValue({ actor: 'STAFF' as never, person: PERSON })).toBe(`person:${PERSON}`);
    expect(fromWhoValue(`person:${PERSON}`)).toEqual({ actor: null, person: PERSON });
    expect(fromWhoValue('kind:CONTACT')).toEqual({ actor: 'CONTACT', person: null });
    expect(fromWhoValue('kind:ROBOT')).toEqual({ actor: null, person: null });
    expect(fromWhoValue('')).toEqual({ actor: null, person: null });
  });
});
