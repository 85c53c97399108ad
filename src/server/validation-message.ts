// Turning schema-validation failures into messages that name the parameter, the rule and the value sent.

export interface ValidationIssue {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

const PLACE: Record<string, string> = { querystring: 'query parameter', params: 'path parameter', body: 'body field', headers: 'header' };

/** "query parameter 'limit' must be <= 500 (got '900')" */
export function validationMessage(context: string | undefined, issues: ValidationIssue[], raw: (name: string) => string | undefined): string {
  const place = PLACE[context ?? ''] ?? 'input';
  const parts = issues.slice(0, 3).map((v) => {
    if (v.keyword === 'required' && typeof v.params?.missingProperty === 'string') {
      return `${place} '${v.params.missingProperty}' is required`;
    }
    const name = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
    if (!name) return `${place}s ${v.message ?? 'are invalid'}`;
    let rule = v.message ?? 'is invalid';
    if (v.keyword === 'enum' && Array.isArray(v.params?.allowedValues)) rule = `must be one of ${(v.params.allowedValues as unknown[]).join(', ')}`;
    const got = raw(name);
    return `${place} '${name}' ${rule}${got !== undefined ? ` (got '${got.length > 60 ? `${got.slice(0, 60)}…` : got}')` : ''}`;
  });
  return parts.join('; ');
}
