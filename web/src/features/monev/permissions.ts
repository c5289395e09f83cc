import { hasAnyRole, Role, type Caller } from '../../auth/roles';
import { ADJUSTING_STAGES, nextStage, type Evaluation, type Indicator, type Stage } from './queries';

export type StageAction = { kind: 'advance'; to: Stage } | { kind: 'finalise' };

/**
 * The stage steps this caller may take (a courtesy; the server decides): Dinas closes the self-assessment, evaluators
 * move document review → interview → visit and finalise from the interview or the visit. Nothing once FINAL.
 */
export function stageActions(evaluation: Pick<Evaluation, 'stage'>, caller: Caller | undefined): StageAction[] {
  const stage = evaluation.stage;
  const actions: StageAction[] = [];
  if (stage === 'PENILAIAN_MANDIRI') {
    if (hasAnyRole(caller, Role.DINAS_ADMIN)) actions.push({ kind: 'advance', to: 'PENILAIAN_DOKUMEN' });
    return actions;
  }
  if (!hasAnyRole(caller, Role.EVALUATOR)) return actions;
  const next = nextStage(stage);
  if (next) actions.push({ kind: 'advance', to: next });
  if (stage === 'INTERVIU' || stage === 'VISITASI') actions.push({ kind: 'finalise' });
  return actions;
}

/** M3: only the OPD holding the indicator's unit proposes, during self-assessment. */
export function canPropose(stage: Stage, indicator: Pick<Indicator, 'opd'>, caller: Caller | undefined): boolean {
  return (
    stage === 'PENILAIAN_MANDIRI' &&
    hasAnyRole(caller, Role.OPD_OPERATOR, Role.DINAS_ADMIN) &&
    !!caller?.opd &&
    caller.opd === indicator.opd
  );
}

/** M1: evaluators adjust in document review, interview and visit. */
export function canAdjust(stage: Stage, caller: Caller | undefined): boolean {
  return ADJUSTING_STAGES.includes(stage) && hasAnyRole(caller, Role.EVALUATOR);
}

/** The change history is for the region-wide roles (the server answers 403 to operators). */
export function canReadHistory(caller: Caller | undefined): boolean {
  return hasAnyRole(caller, Role.DINAS_ADMIN, Role.EVALUATOR, Role.COORDINATOR, Role.AUDITOR);
}
