import { useCallback, useMemo, useState, type FormEvent } from 'react';
import { fieldErrorMessage, type FieldIssue } from '@clientele/shared';
import { useTranslation } from 'react-i18next';
import { useErrorSummary } from '@/components/error-alert';
import { useUnsavedChanges } from '@/components/unsaved-changes';
import { fieldForPath, matchFieldErrors, type ConflictDetails } from '@/lib/graphql-errors';
import { useLocale } from '@/lib/i18n';

/** A tab's values as read, with the version of the file they belong to. */
export interface VersionedSource<V> {
  version: number;
  values: V;
}

export interface VersionedFormOptions<V extends object> {
  /** The tab as read; null while it loads. */
  source: VersionedSource<V> | null;
  /** Paths of the fields on screen for these values, so the server's errors land under them. */
  fields: (values: V) => readonly string[];
  /** The shared validators' verdict, by field path; only fields on screen should be checked. */
  validate: (values: V) => Partial<Record<string, FieldIssue>>;
  /** Sends what changed, with the version read; rejects with the API's error. */
  save: (changes: Partial<V>, values: V, version: number) => Promise<unknown>;
  /** Reads the tab again from the server (after a conflict); null when it is gone. */
  reload: () => Promise<VersionedSource<V> | null>;
  /** The form element's id: the first refused field in it gets the focus. */
  formId: string;
}

const quote = (text: string, locale: string) => (locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The keys whose value differs from the one read. */
export function changedKeys<V extends object>(base: V, values: V): (keyof V)[] {
  return (Object.keys(values) as (keyof V)[]).filter((key) => !same(base[key], values[key]));
}

function pick<V extends object>(values: V, keys: readonly (keyof V)[]): Partial<V> {
  const picked: Partial<V> = {};
  for (const key of keys) picked[key] = values[key];
  return picked;
}

/**
 * Edit mode for one tab of a versioned file (Info, Terms, CRM): the values
 * read are kept with their version while editing; Save sends only what
 * changed, so fields someone else changed meanwhile are not written back
 * stale. A CONFLICT opens the choice between their version and re-applying
 * this edit on top of it; field errors land under their fields.
 */
export function useVersionedForm<V extends object>({
  source,
  fields,
  validate,
  save,
  reload,
  formId,
}: VersionedFormOptions<V>) {
  const { t } = useTranslation();
  const locale = useLocale();
  const summarize = useErrorSummary();

  const [editing, setEditing] = useState(false);
  const [base, setBase] = useState<VersionedSource<V> | null>(null);
  const [draft, setDraft] = useState<V | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ConflictDetails | null>(null);
  const [conflictError, setConflictError] = useState<string | null>(null);

  const values: V | null = editing && draft ? draft : (source?.values ?? null);
  const changed = useMemo(
    () => (editing && base && draft ? changedKeys(base.values, draft) : []),
    [editing, base, draft],
  );
  const dirty = changed.length > 0;
  useUnsavedChanges(dirty);

  const issues = useMemo(() => (editing && draft ? validate(draft) : {}), [editing, draft, validate]);
  const shown = useMemo(() => (editing && draft ? fields(draft) : []), [editing, draft, fields]);
  const matched = useMemo(() => {
    const found: Record<string, string> = {};
    for (const [path, text] of Object.entries(serverErrors)) {
      const field = fieldForPath(path, shown);
      if (!field) continue;
      // `domains.2` under the domains: say which one.
      const index = path.startsWith(`${field}.`) ? Number(path.slice(field.length + 1)) : NaN;
      const list = draft ? (draft as Record<string, unknown>)[field] : undefined;
      const item = Array.isArray(list) && Number.isInteger(index) ? list[index] : undefined;
      found[field] ??=
        typeof item === 'string' && !text.includes(item) ? `${quote(item, locale)} — ${text}` : text;
    }
    return found;
  }, [serverErrors, shown, draft, locale]);

  const message = (issue: FieldIssue | undefined) => {
    if (!issue) return undefined;
    const text = fieldErrorMessage(locale, issue.code, issue.params);
    // A list's message names the item at fault.
    const item = issue.params?.item;
    return item === undefined ? text : `${quote(String(item), locale)} — ${text}`;
  };

  /** The server's word first (it is the authority), then the shared rules' once the field was left. */
  const errorFor = (path: string): string | undefined =>
    matched[path] ?? (touched.has(path) || submitted ? message(issues[path]) : undefined);

  /** The server's complaints about items of a list field, by index (`domains.2` → 2). */
  const itemErrors = (field: string): Record<number, string> => {
    const found: Record<number, string> = {};
    for (const [path, text] of Object.entries(serverErrors)) {
      const match = new RegExp(`^${field.replace(/[.]/g, '\\.')}\\.(\\d+)(\\.|$)`).exec(path);
      if (match) found[Number(match[1])] ??= text;
    }
    return found;
  };

  const touch = useCallback(
    (path: string) => setTouched((current) => (current.has(path) ? current : new Set(current).add(path))),
    [],
  );

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setDraft((current) => (current ? { ...current, [key]: value } : current));
    // Once edited, the server's complaint is about a value that is gone.
    setServerErrors((current) => {
      const prefix = String(key);
      const kept = Object.entries(current).filter(
        ([path]) => path !== prefix && !path.startsWith(`${prefix}.`),
      );
      return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
    });
  }, []);

  const reset = () => {
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
    setGeneral([]);
    setConflict(null);
    setConflictError(null);
  };

  const startEdit = () => {
    if (!source) return;
    reset();
    setBase(source);
    setDraft(source.values);
    setEditing(true);
  };

  const cancel = () => {
    reset();
    setEditing(false);
    setDraft(null);
    setBase(null);
  };

  const focusFirstError = () =>
    // After React has painted the messages, so a screen reader announces the field with its error.
    requestAnimationFrame(() =>
      document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );

  const fail = (error: unknown) => {
    const summary = summarize(error);
    if (summary.conflict) {
      setConflict(summary.conflict);
      return;
    }
    const { unmatched } = matchFieldErrors(summary.fields, shown);
    setServerErrors(summary.fields);
    setGeneral([
      ...(Object.keys(summary.fields).length > 0 ? [] : summary.general),
      ...unmatched.map(({ path, message: text }) => `${path} — ${text}`),
      ...(summary.requestId ? [t('errors.requestId', { requestId: summary.requestId })] : []),
    ]);
    focusFirstError();
  };

  /** Saves `next` over `from`; true when it is done (or there was nothing to save). */
  const saveOver = async (from: VersionedSource<V>, next: V): Promise<boolean> => {
    const keys = changedKeys(from.values, next);
    if (keys.length === 0) {
      cancel();
      return true;
    }
    setSaving(true);
    setGeneral([]);
    try {
      await save(pick(next, keys), next, from.version);
      cancel();
      return true;
    } catch (error) {
      fail(error);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!base || !draft || saving) return;
    setSubmitted(true);
    if (shown.some((path) => issues[path])) {
      focusFirstError();
      return;
    }
    await saveOver(base, draft);
  };

  /** Their version wins: this edit is dropped, the tab shows what is saved now. */
  const reloadTheirs = async () => {
    setSaving(true);
    try {
      await reload();
      cancel();
    } catch (error) {
      setConflictError(summarize(error).general.join(' '));
    } finally {
      setSaving(false);
    }
  };

  /** This edit on top of their version: read it again, lay the changed fields over it, save. */
  const reapplyMine = async () => {
    if (!base || !draft) return;
    const mine = pick(draft, changedKeys(base.values, draft));
    setSaving(true);
    setConflictError(null);
    let fresh: VersionedSource<V> | null;
    try {
      fresh = await reload();
    } catch (error) {
      setConflictError(summarize(error).general.join(' '));
      setSaving(false);
      return;
    }
    setSaving(false);
    if (!fresh) {
      setConflictError(t('errors.unexpected'));
      return;
    }
    const next = { ...fresh.values, ...mine };
    setConflict(null);
    setBase(fresh);
    setDraft(next);
    await saveOver(fresh, next);
  };

  return {
    editing,
    values,
    /** Only while editing: the values being edited, and those they started from. */
    draft,
    base: base?.values ?? null,
    dirty,
    saving,
    general,
    conflict,
    conflictError,
    startEdit,
    cancel,
    set,
    touch,
    errorFor,
    itemErrors,
    submit,
    reloadTheirs,
    reapplyMine,
  };
}

export type VersionedForm<V extends object> = ReturnType<typeof useVersionedForm<V>>;
