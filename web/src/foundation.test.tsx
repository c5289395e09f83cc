import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import { ApiProblem, problemFrom } from './api/problem';
import { callerFromToken } from './auth/roles';
import { safeReturnPath } from './auth/AuthSetup';
import { shouldRetry } from './App';
import { navigationFor } from './layout/navigation';
import { OBLIGATIONS } from './i18n/obligations';
import { expandSource, fieldError, ProblemAlert } from './ui/ProblemAlert';
import i18n, { switchLanguage } from './i18n';

function token(payload: object): string {
  const encode = (o: object) => btoa(JSON.stringify(o)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

function problemResponse(status: number, body: object, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

describe('problems from the gateway and the services', () => {
  it('reads type, detail, the obligation and field errors of a problem+json answer', async () => {
    const problem = await problemFrom(
      problemResponse(400, {
        type: 'https://spbe.github.io/problems/validation',
        status: 400,
        detail: 'Isian tidak valid',
        errors: [{ field: 'contacts[0].email', pointer: '/contacts/0/email', message: 'bukan alamat email' }],
      }),
    );
    expect(problem.kind).toBe('validation');
    expect(problem.fieldMessage('contacts[0].email')).toBe('bukan alamat email');
    expect(fieldError(problem, 'contacts.0.email')).toBe('bukan alamat email');
    expect(fieldError(problem, 'name')).toBeUndefined();
  });

  it('makes a problem of an answer that is not JSON (a proxy page), by its status', async () => {
    const problem = await problemFrom(new Response('<html>Bad Gateway</html>', { status: 502 }));
    expect(problem.status).toBe(502);
    expect(problem.errors).toEqual([]);
  });

  it('keeps Retry-After of a 429', async () => {
    const problem = await problemFrom(problemResponse(429, { status: 429 }, { 'Retry-After': '7' }));
    expect(problem.retryAfterSeconds).toBe(7);
  });

  it('retries a 5xx and a 429 but never a 4xx, which would answer the same', () => {
    expect(shouldRetry(0, new ApiProblem({ status: 503 }))).toBe(true);
    expect(shouldRetry(0, new ApiProblem({ status: 429 }))).toBe(true);
    expect(shouldRetry(0, new ApiProblem({ status: 404 }))).toBe(false);
    expect(shouldRetry(2, new ApiProblem({ status: 503 }))).toBe(false);
  });
});

describe('the problem banner', () => {
  const renderAlert = (error: unknown, onReload?: () => void) =>
    render(
      <MantineProvider>
        <ProblemAlert error={error} onReload={onReload} />
      </MantineProvider>,
    );

  afterEach(() => act(() => switchLanguage('id')));

  it('names the regulation article a 422 comes from, in Indonesian by default', () => {
    renderAlert(new ApiProblem({ status: 422, obligation: 'G3', detail: 'Belum ada penilaian' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Melanggar aturan SPBE');
    expect(screen.getByRole('alert')).toHaveTextContent('Aturan G3 — Peraturan Bupati Rejang Lebong 6/2022 Pasal 52');
    expect(screen.getByRole('alert')).toHaveTextContent('Belum ada penilaian');
  });

  it('speaks English after the switch and offers a reload on 412', () => {
    act(() => switchLanguage('en'));
    const reload = vi.fn();
    renderAlert(new ApiProblem({ status: 412 }), reload);
    expect(screen.getByRole('alert')).toHaveTextContent('Someone else changed this');
    screen.getByRole('button', { name: 'Reload' }).click();
    expect(reload).toHaveBeenCalled();
    expect(i18n.language).toBe('en');
  });

  it('says when to retry a 429', () => {
    renderAlert(new ApiProblem({ status: 429, retryAfterSeconds: 12 }));
    expect(screen.getByRole('alert')).toHaveTextContent('Coba lagi dalam 12 detik');
  });
});

describe('regulation articles', () => {
  it('expands the catalogue shorthand into regulation names and articles', () => {
    expect(expandSource('RL p52, BT p47')).toBe(
      'Peraturan Bupati Rejang Lebong 6/2022 Pasal 52; Peraturan Walikota Bitung 69/2021 Pasal 47',
    );
  });

  it('knows every obligation the services cite in a rule violation', () => {
    const root = join(__dirname, '..', '..');
    const cited = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.java')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/RuleViolationException\(\s*"([A-Z]+\d+)"/g)) cited.add(m[1]);
        }
      }
    };
    for (const module of readdirSync(root).filter((m) => m.endsWith('-service'))) {
      const source = join(root, module, 'src', 'main', 'java');
      try {
        walk(source);
      } catch {
        // a module without sources
      }
    }
    expect(cited.size).toBeGreaterThan(5);
    expect([...cited].filter((id) => !OBLIGATIONS[id])).toEqual([]);
  });
});

describe('the caller', () => {
  it('takes roles and the OPD from the access token, ignoring roles the platform does not know', () => {
    const caller = callerFromToken(
      token({ preferred_username: 'operator.dinkes', opd: 'DINKES', realm_access: { roles: ['OPD_OPERATOR', 'offline_access'] } }),
      { name: 'Operator Dinkes' },
    );
    expect(caller).toEqual({ username: 'operator.dinkes', name: 'Operator Dinkes', opd: 'DINKES', roles: ['OPD_OPERATOR'] });
    expect(callerFromToken('not-a-token')).toBeUndefined();
  });

  it('shows each role its own navigation (a courtesy; the server decides)', () => {
    const operator = navigationFor(['OPD_OPERATOR']).map((i) => i.to);
    expect(operator).toContain('/aplikasi/baru');
    expect(operator).not.toContain('/audit/rencana');
    const auditor = navigationFor(['AUDITOR']).map((i) => i.to);
    expect(auditor).toContain('/audit/rencana');
    expect(auditor).not.toContain('/aplikasi/baru');
  });

  it('returns after sign-in only to a path of this origin', () => {
    expect(safeReturnPath('/aplikasi/42?tab=dokumen')).toBe('/aplikasi/42?tab=dokumen');
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x')).toBe('/');
    expect(safeReturnPath(undefined)).toBe('/');
  });
});
