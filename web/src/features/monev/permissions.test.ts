import { canAdjust, canPropose, canReadHistory, stageActions } from './permissions';

const dinas = { username: 'admin.dinas', name: 'admin.dinas', opd: 'DISKOMINFO', roles: ['DINAS_ADMIN'] };
const operator = { username: 'operator.dinkes', name: 'operator.dinkes', opd: 'DINKES', roles: ['OPD_OPERATOR'] };
const evaluator = { username: 'evaluator', name: 'evaluator', roles: ['EVALUATOR'] };
const coordinator = { username: 'sekda', name: 'sekda', roles: ['COORDINATOR'] };

it('gives Dinas only the close of self-assessment and evaluators the later steps, nobody anything once final (M1)', () => {
  expect(stageActions({ stage: 'PENILAIAN_MANDIRI' }, dinas)).toEqual([{ kind: 'advance', to: 'PENILAIAN_DOKUMEN' }]);
  expect(stageActions({ stage: 'PENILAIAN_MANDIRI' }, evaluator)).toEqual([]);
  expect(stageActions({ stage: 'PENILAIAN_DOKUMEN' }, dinas)).toEqual([]);
  expect(stageActions({ stage: 'PENILAIAN_DOKUMEN' }, evaluator)).toEqual([{ kind: 'advance', to: 'INTERVIU' }]);
  expect(stageActions({ stage: 'INTERVIU' }, evaluator)).toEqual([{ kind: 'advance', to: 'VISITASI' }, { kind: 'finalise' }]);
  expect(stageActions({ stage: 'VISITASI' }, evaluator)).toEqual([{ kind: 'finalise' }]);
  expect(stageActions({ stage: 'FINAL' }, evaluator)).toEqual([]);
  expect(stageActions({ stage: 'INTERVIU' }, coordinator)).toEqual([]);
});

it('lets only the OPD holding the unit propose, in self-assessment only (M3)', () => {
  expect(canPropose('PENILAIAN_MANDIRI', { opd: 'DISKOMINFO' }, dinas)).toBe(true);
  expect(canPropose('PENILAIAN_MANDIRI', { opd: 'BAPPEDA' }, dinas)).toBe(false);
  expect(canPropose('PENILAIAN_MANDIRI', { opd: 'DINKES' }, operator)).toBe(true);
  expect(canPropose('PENILAIAN_DOKUMEN', { opd: 'DINKES' }, operator)).toBe(false);
  expect(canPropose('PENILAIAN_MANDIRI', { opd: 'DINKES' }, evaluator)).toBe(false);
});

it('lets evaluators adjust during document review, interview and visit only; history for region-wide roles', () => {
  expect(canAdjust('PENILAIAN_MANDIRI', evaluator)).toBe(false);
  expect(canAdjust('PENILAIAN_DOKUMEN', evaluator)).toBe(true);
  expect(canAdjust('VISITASI', evaluator)).toBe(true);
  expect(canAdjust('FINAL', evaluator)).toBe(false);
  expect(canAdjust('INTERVIU', dinas)).toBe(false);
  expect(canReadHistory(operator)).toBe(false);
  expect(canReadHistory(coordinator)).toBe(true);
});
