import fs from 'node:fs';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

export interface ContractCheck {
  /** Breaking changes the changelog does not announce: the check fails on any. */
  unannounced: Change[];
  /** Breaking changes it announces. */
  announced: Change[];
  /** Changes that may break a caller that relied on a detail (a default, a new enum value). */
  dangerous: Change[];
  /** Additions and other safe changes. */
  safe: Change[];
}

/**
 * The coordinates a changelog's `## Unreleased` section announces as breaking:
 * every `Type.field` (or `Type`, `Type.field.argument`) in backticks in a list
 * item that says **Breaking**.
 */
export function announcedBreaks(changelog: string): Set<string> {
  const unreleased = /^## Unreleased[ \t]*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  const coordinates = new Set<string>();
  for (const item of unreleased.split(/\n(?=- )/)) {
    if (!/\*\*Breaking\*\*/.test(item)) continue;
    for (const [, coordinate] of item.matchAll(/`([A-Za-z_][\w.]*)`/g)) coordinates.add(coordinate!);
  }
  return coordinates;
}

/**
 * The schema now against the one last released: a change only by addition
 * passes; a breaking change passes only once the changelog announces it,
 * naming its coordinate (`Client.code`), so partners read of it before it
 * reaches them.
 */
export async function checkContract(
  released: string,
  current: string,
  changelog: string,
): Promise<ContractCheck> {
  const changes = await diff(buildSchema(released), buildSchema(current));
  const announced = announcedBreaks(changelog);
  const check: ContractCheck = { unannounced: [], announced: [], dangerous: [], safe: [] };
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      (change.path && announced.has(change.path) ? check.announced : check.unannounced).push(change);
    } else if (change.criticality.level === CriticalityLevel.Dangerous) check.dangerous.push(change);
    else check.safe.push(change);
  }
  return check;
}

export const readContractFile = (file: string): string => fs.readFileSync(file, 'utf8');
