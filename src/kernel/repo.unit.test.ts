import { sql } from 'drizzle-orm';
import { SQLiteAsyncDialect } from 'drizzle-orm/sqlite-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applications } from '../../db/schema/applications';
import { compile, leanSql, list } from './repo';

const drizzle = new SQLiteAsyncDialect();
const same = (q: ReturnType<typeof sql>) => {
  const d = drizzle.sqlToQuery(q);
  expect(compile(q)).toEqual({ sql: d.sql, params: d.params });
};

describe('compile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('gives drizzle’s text and arguments for raw queries, without drizzle’s compiler', () => {
    const drizzleCompiles = vi.spyOn(SQLiteAsyncDialect.prototype, 'sqlToQuery');
    same(sql`select 1`);
    same(sql`select * from t where a = ${1} and b = ${'x'} and c is ${null} and d = ${true}`);
    same(sql`select ${sql`nested ${2}`} from ${sql.raw('applications')} where x in ${list([1, 2, 3])}`);
    same(sql`select * from t where id in ${list([])} and s in ${list(['a', "b'c"])}`);
    same(sql.join([sql`a = ${1}`, sql`b = ${2}`, sql.raw('c = 3')], sql` and `));
    same(sql`select ${[1, sql`x`, 'y']} ${undefined} ${10n}`);
    same(sql``);
    // Only the reference compilations above: compile() never fell back.
    expect(drizzleCompiles).toHaveBeenCalledTimes(7);
  });

  it('leaves what it does not know to drizzle, with the same result', () => {
    const drizzleCompiles = vi.spyOn(SQLiteAsyncDialect.prototype, 'sqlToQuery');
    same(
      sql`select ${applications.id}, ${applications.name} from ${applications} where ${applications.id} = ${7}`,
    );
    same(sql`select * from t where id = ${sql.placeholder('id')}`);
    same(sql`select * from t where id = ${sql.param(3)}`);
    same(sql`select ${{ a: 1 }}`);
    same(sql`select * from t where id = ${sql`${5}`.inlineParams()} and name = ${'x'}`);
    expect(drizzleCompiles).toHaveBeenCalledTimes(10);
  });

  it('writes each value as one argument, in order', () => {
    const q = compile(
      sql`select ${'a'}, ${sql`${'b'} ${sql.join([sql`${'c'}`, sql`${'d'}`], sql`, `)}`}, ${'e'}`,
    );
    expect(q.params).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(q.sql).toBe('select ?, ? ?, ?, ?');
  });
});

describe('leanSql', () => {
  /** The lean query compiles to exactly what the same query written with drizzle's `sql` gives. */
  const sameAs = (lean: Parameters<typeof compile>[0], drizzleQuery: ReturnType<typeof sql>) => {
    const d = drizzle.sqlToQuery(drizzleQuery);
    expect(compile(lean)).toEqual({ sql: d.sql, params: d.params });
  };

  it('compiles as drizzle’s `sql` would, nested either way, without drizzle’s compiler', () => {
    const drizzleCompiles = vi.spyOn(SQLiteAsyncDialect.prototype, 'sqlToQuery');
    sameAs(leanSql`select 1`, sql`select 1`);
    sameAs(
      leanSql`select * from t where a = ${1} and b = ${'x'} and c is ${null} and d = ${true}`,
      sql`select * from t where a = ${1} and b = ${'x'} and c is ${null} and d = ${true}`,
    );
    sameAs(
      leanSql`select ${leanSql`nested ${2}`} from ${leanSql.raw('applications')} where x in ${list([1, 2])} and ${sql`y = ${3}`}`,
      sql`select ${sql`nested ${2}`} from ${sql.raw('applications')} where x in ${list([1, 2])} and ${sql`y = ${3}`}`,
    );
    sameAs(
      leanSql.join([leanSql`a = ${1}`, sql`b = ${2}`, leanSql.raw('c = 3')], leanSql` and `),
      sql.join([sql`a = ${1}`, sql`b = ${2}`, sql.raw('c = 3')], sql` and `),
    );
    sameAs(leanSql.join([leanSql`a`, leanSql`b`]), sql.join([sql`a`, sql`b`]));
    sameAs(leanSql.join([], leanSql`, `), sql.join([], sql`, `));
    sameAs(
      leanSql`select ${[1, leanSql`x`, 'y']} ${undefined} ${10n}`,
      sql`select ${[1, sql`x`, 'y']} ${undefined} ${10n}`,
    );
    expect(drizzleCompiles).toHaveBeenCalledTimes(7);
  });

  it('hands a query holding a column or a placeholder to drizzle, with the same result', () => {
    sameAs(
      leanSql`select ${applications.id} from ${applications} where ${leanSql`${applications.id} = ${7}`} and n = ${'x'}`,
      sql`select ${applications.id} from ${applications} where ${sql`${applications.id} = ${7}`} and n = ${'x'}`,
    );
    sameAs(
      leanSql`select * from t where id = ${sql.placeholder('id')}`,
      sql`select * from t where id = ${sql.placeholder('id')}`,
    );
  });
});
