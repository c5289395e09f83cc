/** One invalid field of a 400 validation problem (docs/problems.md). */
export interface FieldProblem {
  field?: string;
  pointer?: string;
  message?: string;
  detail?: string;
}

/** An RFC 9457 problem answered by the gateway or a service, thrown by the API client for every non-2xx answer. */
export class ApiProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title?: string;
  readonly detail?: string;
  readonly obligation?: string;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds?: number;

  constructor(init: {
    status: number;
    type?: string;
    title?: string;
    detail?: string;
    obligation?: string;
    errors?: FieldProblem[];
    retryAfterSeconds?: number;
  }) {
    super(init.detail ?? init.title ?? `HTTP ${init.status}`);
    this.name = 'ApiProblem';
    this.status = init.status;
    this.type = init.type ?? 'about:blank';
    this.title = init.title;
    this.detail = init.detail;
    this.obligation = init.obligation;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The problem's short type name, e.g. "state-conflict" for https://spbe.github.io/problems/state-conflict. */
  get kind(): string {
    const slash = this.type.lastIndexOf('/');
    return slash >= 0 ? this.type.slice(slash + 1) : this.type;
  }

  /** The message for one form field: matched by JSON pointer (/contacts/0/email) or by field name (contacts[0].email). */
  fieldMessage(field: string): string | undefined {
    const pointer = '/' + field.replace(/\[(\d+)\]/g, '.$1').split('.').join('/');
    const hit = this.errors.find((e) => e.pointer === pointer || e.field === field);
    return hit ? (hit.message ?? hit.detail) : undefined;
  }
}

/** Reads a problem from any failed response; a body that is not problem+json still yields a problem by status. */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  const retryAfter = Number(response.headers.get('Retry-After'));
  let body: Record<string, unknown> = {};
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      body = (await response.clone().json()) as Record<string, unknown>;
    } catch {
      body = {};
    }
  }
  return new ApiProblem({
    status: response.status,
    type: typeof body.type === 'string' ? body.type : undefined,
    title: typeof body.title === 'string' ? body.title : undefined,
    detail: typeof body.detail === 'string' ? body.detail : undefined,
    obligation: typeof body.obligation === 'string' ? body.obligation : undefined,
    errors: Array.isArray(body.errors) ? (body.errors as FieldProblem[]) : [],
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}
