// A small JSON-Schema builder whose schemas carry their TypeScript type, so a shape is written once and both the type
// and the schema (validation, OpenAPI) come from it. Ours because no such library is installed (no typebox); ~60 lines.

/** A JSON Schema object whose instances have type T (T exists only for the type checker). */
export type Schema<T = unknown> = { readonly [key: string]: unknown } & { readonly __static?: T };

/** The TypeScript type a schema describes. */
export type Static<S> = S extends Schema<infer T> ? T : never;

type Flat<T> = { [K in keyof T]: T[K] } & {};
type Props = Record<string, Schema>;
type ObjectOf<P extends Props, O extends keyof P> = Flat<{ [K in Exclude<keyof P, O>]: Static<P[K]> } & { [K in O]?: Static<P[K]> }>;

/** An object schema; `optional` names the properties that may be absent. Its properties stay readable for extending. */
export interface ObjectSchema<P extends Props, O extends keyof P = never> extends Schema<ObjectOf<P, O>> {
  readonly type: 'object';
  readonly properties: P;
  readonly required: string[];
}

type Extra = { description?: string; [key: string]: unknown };

export const t = {
  string: (extra: Extra = {}): Schema<string> => ({ type: 'string', ...extra }),
  number: (extra: Extra = {}): Schema<number> => ({ type: 'number', ...extra }),
  integer: (extra: Extra = {}): Schema<number> => ({ type: 'integer', ...extra }),
  boolean: (extra: Extra = {}): Schema<boolean> => ({ type: 'boolean', ...extra }),
  /** Any JSON value of type T, described only as far as `schema` says (for shapes owned elsewhere, e.g. the analysis). */
  opaque: <T>(schema: Extra = {}): Schema<T> => ({ ...schema }),
  /** One of the given strings. */
  enum: <const V extends string>(values: readonly V[], extra: Extra = {}): Schema<V> => ({ type: 'string', enum: [...values], ...extra }),
  array: <T>(items: Schema<T>, extra: Extra = {}): Schema<T[]> => ({ type: 'array', items, ...extra }),
  /** T or null: a `type` list for plain types, else oneOf. */
  nullable<T>(s: Schema<T>): Schema<T | null> {
    return typeof s.type === 'string' && !('enum' in s) ? { ...s, type: [s.type, 'null'] } : { oneOf: [s, { type: 'null' }] };
  },
  /** A string-keyed map of T. */
  record: <T>(values: Schema<T>): Schema<Record<string, T>> => ({ type: 'object', additionalProperties: values }),
  object<P extends Props, O extends keyof P & string = never>(properties: P, optional: readonly O[] = []): ObjectSchema<P, O> {
    return { type: 'object', properties, required: Object.keys(properties).filter((k) => !optional.includes(k as O)) };
  },
};
